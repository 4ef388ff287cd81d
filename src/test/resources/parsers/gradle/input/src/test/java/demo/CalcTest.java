package demo;

import static org.junit.Assert.assertEquals;

import org.junit.Ignore;
import org.junit.Test;

public class CalcTest {
    @Test
    public void adds() {
        assertEquals(4, new Calc().add(2, 2));
    }

    @Test
    public void addsNegatives() {
        assertEquals(-1, new Calc().add(1, -2));
    }

    @Test
    public void fails() {
        assertEquals(5, new Calc().add(2, 2));
    }

    @Test
    public void failsToo() {
        assertEquals(0, new Calc().add(2, 2));
    }

    @Test
    @Ignore("not yet")
    public void skipped() {
    }
}
