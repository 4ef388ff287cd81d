package demo;

public class Calc {
    public int add(int a,int b){ return a+b; }

    public int divide(int a, int b) {
        return a / b;
    }

    public boolean same(String a, String b) {
        return a == b;
    }
}
