package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.RunResult;
import dev.preflight.model.Verdict;
import dev.preflight.testing.Golden;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {
  private final JunitReport report = new JunitReport();

  @Test
  void golden() {
    Golden.assertMatches("junit/report.xml", report.render(SampleRun.create()));
  }

  @Test
  void goldenHostile() {
    Golden.assertMatches("junit/hostile.xml", report.render(HostileRun.create()));
  }

  /** The JUnit dialect CI test reporters read (see the schema's header). */
  @Test
  void validatesAgainstTheJunitSchema() throws Exception {
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/schema/junit-report.xsd"));
    Checklist empty = new Checklist("Empty", null, Path.of("e.yaml"), Map.of(), List.of(), List.of());
    RunResult nothing = new RunResult(empty, Fixtures.T0, Duration.ZERO, List.of(),
        new Verdict("pass", ExitCode.PASSED, "PASSED"), SampleRun.ENVIRONMENT);
    for (RunResult run : List.of(SampleRun.create(), HostileRun.create(), nothing)) {
      Validator validator = schema.newValidator();
      validator.validate(new StreamSource(new StringReader(report.render(run))));
    }
    // and the schema does reject what reporters would choke on
    String twoOutcomes = "<testsuites><testsuite name=\"s\" tests=\"1\"><testcase name=\"t\""
        + " classname=\"c\"><failure/><error/></testcase></testsuite></testsuites>";
    assertThatThrownBy(() -> schema.newValidator()
        .validate(new StreamSource(new StringReader(twoOutcomes))))
        .isInstanceOf(org.xml.sax.SAXException.class);
  }

  @Test
  void aParserReadsBackWhatHappened() throws Exception {
    Document doc = parse(report.render(SampleRun.create()));
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("14");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("errors")).isEqualTo("2");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element technical = (Element) suites.item(0);
    assertThat(technical.getAttribute("name")).isEqualTo("技术准备 · Technical readiness");
    assertThat(technical.getAttribute("tests")).isEqualTo("10");
    assertThat(technical.getAttribute("skipped")).isEqualTo("4");
    Element coverage = (Element) doc.getElementsByTagName("testcase").item(1);
    assertThat(coverage.getAttribute("classname")).isEqualTo("technical.code-quality");
    assertThat(coverage.getAttribute("time")).isEqualTo("5.100");
    Element failure = (Element) coverage.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("coverage = 72.4, expected > 80");
    assertThat(coverage.getElementsByTagName("system-out").item(0).getTextContent())
        .endsWith("TOTAL                  1234    340    72%").doesNotContain("\u001b");
    Element blocked = (Element) doc.getElementsByTagName("testcase").item(4);
    assertThat(((Element) blocked.getElementsByTagName("error").item(0)).getAttribute("type"))
        .isEqualTo("blocked");
    Element pending = (Element) doc.getElementsByTagName("testcase").item(10);
    assertThat(((Element) pending.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("awaiting sign-off: 1 of 2 sign-offs (zhang.min); waiting for another signer");
    assertThat(properties((Element) doc.getElementsByTagName("testcase").item(10)))
        .containsEntry("signoff.1.by", "zhang.min").containsEntry("signoff.1.note",
            "posted in #release").containsEntry("signoff.1.at", "2026-11-27T17:30:00Z");
    Element waived = (Element) doc.getElementsByTagName("testcase").item(7);
    assertThat(((Element) waived.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("waived by li.wei until 2026-12-01: tuning is scheduled after launch");
    assertThat(properties(waived)).containsEntry("waiver.by", "li.wei")
        .containsEntry("waiver.until", "2026-12-01")
        .containsEntry("waiver.reason", "tuning is scheduled after launch");
  }

  private static java.util.Map<String, String> properties(Element testcase) {
    java.util.Map<String, String> props = new java.util.LinkedHashMap<>();
    NodeList list = testcase.getElementsByTagName("property");
    for (int i = 0; i < list.getLength(); i++) {
      Element p = (Element) list.item(i);
      props.put(p.getAttribute("name"), p.getAttribute("value"));
    }
    return props;
  }

  @Test
  void hostileTextSurvivesAsTextAndForbiddenCharactersAreGone() throws Exception {
    String xml = report.render(HostileRun.create());
    assertThat(xml).doesNotContain("\u0001", "\u0000", "\u001b", "\u0007", "\u000b", "\ufffe",
        "\uffff", "\ud800", "\udc00", "]]>", "<script>", "<![CDATA[");
    Document doc = parse(xml);
    Element markup = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(markup.getAttribute("name")).contains(HostileRun.SCRIPT, "& \"quoted\" 'single'");
    assertThat(markup.getElementsByTagName("system-err").item(0).getTextContent())
        .contains("line with ]]> and </pre></details>", "bad utf-8 \ufffd\ufffd", "中文输出 🚀");
    Element cdata = (Element) doc.getElementsByTagName("testcase").item(2);
    assertThat(cdata.getAttribute("name")).isEqualTo("CDATA ]]> end red  lone");
    Element blocked = (Element) doc.getElementsByTagName("testcase").item(3);
    assertThat(((Element) blocked.getElementsByTagName("error").item(0)).getAttribute("message"))
        .isEqualTo("needs cdata: a::b, 100%\nnext");
  }

  @Test
  void secondsAreLocaleFree() {
    assertThat(JunitReport.seconds(Duration.ofMillis(115_240))).isEqualTo("115.240");
    assertThat(JunitReport.seconds(Duration.ofMillis(7))).isEqualTo("0.007");
    assertThat(JunitReport.seconds(null)).isEqualTo("0.000");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
