import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the test run's time went, from the Surefire and Failsafe reports: the seconds of each module's test classes,
 * and the slowest classes and tests of the whole run. CI keeps only the end of its log, so this is printed last.
 * Run from the repository's root: {@code java .ci/TestTimes.java}.
 */
public class TestTimes {

    record Timed(String module, String name, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        List<Timed> classes = new ArrayList<>();
        List<Timed> tests = new ArrayList<>();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(Path.of("."), 6)) {
            reports = files.filter(TestTimes::isReport).sorted().toList();
        }
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (Path report : reports) {
            Element suite = builder.parse(report.toFile()).getDocumentElement();
            String module = report.getParent().getParent().getParent().normalize() + " ("
                    + report.getParent().getFileName().toString().replace("-reports", "") + ")";
            String suiteName = suite.getAttribute("name");
            classes.add(new Timed(module, shortName(suiteName), seconds(suite)));
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element test = (Element) cases.item(i);
                tests.add(new Timed(module, shortName(suiteName) + "." + test.getAttribute("name"), seconds(test)));
            }
        }
        Map<String, Double> byModule = new TreeMap<>();
        classes.forEach(timed -> byModule.merge(timed.module(), timed.seconds(), Double::sum));
        System.out.println("\n== Test time by module (seconds in test classes; start-ups outside a class not counted)");
        byModule.forEach((module, seconds) -> System.out.printf("%8.1f  %s%n", seconds, module));
        print("Slowest test classes", classes, 12);
        print("Slowest tests", tests, 12);
    }

    private static void print(String title, List<Timed> timed, int most) {
        System.out.println("\n== " + title);
        timed.stream().sorted(Comparator.comparingDouble(Timed::seconds).reversed()).limit(most)
                .forEach(one -> System.out.printf("%8.1f  %s  [%s]%n", one.seconds(), one.name(), one.module()));
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml")
                && (folder.equals("surefire-reports") || folder.equals("failsafe-reports"));
    }

    private static double seconds(Element element) {
        String time = element.getAttribute("time").replace(",", "");
        return time.isEmpty() ? 0 : Double.parseDouble(time);
    }

    private static String shortName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
