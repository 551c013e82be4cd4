package org.returnops.scenario;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the pages under docs/ are how a newcomer finds their way: every relative link must reach a
 * file of the repository, and every link to a heading must reach a heading that exists (ids as GitHub makes
 * them), so that moving a section cannot leave a dead link behind.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    /**
     * A class of ours as the pages name it in code: a test, a resource, a service, a repository or an event
     * handler table, alone, under its package ({@code status/StatusEvents}) or with a member
     * ({@code FaultCampaignIT.walk}); not a placeholder such as {@code XxxResource}.
     */
    private static final Pattern OUR_CLASS =
            Pattern.compile("(?:[a-z-]+/)*(?!Xxx)([A-Z][a-z][A-Za-z0-9]*(?:Test|IT|Resource|Service|Repository|Events))(?:[.#][a-zA-Z]+\\(?\\)?)?");
    private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]+)\"");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    @Test
    void theReadmeStaysShort() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String target : links(page)) {
                String problem = check(page, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + " → " + target + ": " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeLinksEveryPageUnderDocs() throws IOException {
        Set<String> linked = new HashSet<>(links(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> "docs/" + p.getFileName())
                    .forEach(doc -> assertThat(linked).as("README links " + doc).contains(doc));
        }
    }

    @Test
    void everyClassOfOursThatAPageNamesExists() throws IOException {
        Set<String> classes = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/"))
                    .forEach(f -> classes.add(f.getFileName().toString().replace(".java", "")));
        }
        Set<String> missing = new TreeSet<>();
        for (Path page : pages()) {
            parse(page).accept(new AbstractVisitor() {
                @Override
                public void visit(Code code) {
                    Matcher named = OUR_CLASS.matcher(code.getLiteral());
                    if (named.matches() && !classes.contains(named.group(1))) {
                        missing.add(ROOT.relativize(page) + ": " + code.getLiteral());
                    }
                }
            });
        }
        assertThat(missing).as("classes the pages name that no source file defines").isEmpty();
    }

    @Test
    void everySettingOfTheRunCommandIsDocumented() throws IOException {
        Set<String> settings = new TreeSet<>();
        Pattern setting = Pattern.compile("\\bSUITE_[A-Z_]*[A-Z]\\b");
        try (Stream<Path> files = Files.walk(ROOT.resolve("local-stack/servers/src/main/java"))) {
            for (Path source : Stream.concat(files.filter(f -> f.toString().endsWith(".java")),
                    Stream.of(ROOT.resolve("start-suite.sh"))).toList()) {
                setting.matcher(Files.readString(source)).results().forEach(found -> settings.add(found.group()));
            }
        }
        String configuration = Files.readString(ROOT.resolve("docs/configuration.md"));
        assertThat(settings).as("settings the run command reads").isNotEmpty()
                .allSatisfy(name -> assertThat(configuration).as("docs/configuration.md names " + name).contains(name));
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs")); Stream<Path> modules = Files.list(ROOT)) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
            modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).forEach(pages::add);
        }
        return pages;
    }

    private static List<String> links(Path page) throws IOException {
        List<String> targets = new ArrayList<>();
        parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link.getDestination());
                visitChildren(link);
            }
        });
        return targets;
    }

    private static String check(Path page, String target) {
        URI uri = URI.create(target.replace(" ", "%20"));
        if (uri.getScheme() != null) {
            return null; // http(s) and mailto links are not ours to check here
        }
        String path = uri.getPath();
        Path file = path == null || path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            return "no such file";
        }
        String anchor = uri.getFragment();
        if (anchor != null && file.toString().endsWith(".md") && !headingIds(file).contains(anchor)) {
            return "no heading with id " + anchor;
        }
        return null;
    }

    private static Set<String> headingIds(Path page) {
        Set<String> ids = new HashSet<>();
        Matcher m = HEADING_ID.matcher(RENDERER.render(parse(page)));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Node parse(Path page) {
        try {
            return PARSER.parse(Files.readString(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
