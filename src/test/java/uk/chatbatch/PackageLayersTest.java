package uk.chatbatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.TableRecord;

/**
 * The package layers of src/main, bottom first, and the rule that holds them: a class imports (or names fully
 * qualified in code) only classes of its own layer or of a layer below; the three sources, side by side in one
 * layer, never import each other; and other packages of one layer import each other only in the directions
 * {@link #SIDEWAYS} declares. A subpackage is in its parent's layer unless it is declared itself. README's
 * "Package layers" says why each layer sits where it does; this list is the one that is enforced.
 */
class PackageLayersTest {

    record Layer(String name, boolean sideBySide, List<String> packages) {
    }

    /** Bottom first. {@code sideBySide}: the layer's packages must not import each other. */
    static final List<Layer> LAYERS = List.of(
            new Layer("foundation", false, List.of("calendar", "logging", "disclosure", "benchmarks")),
            new Layer("model", false, List.of("model", "localauthorities", "region")),
            new Layer("storage", false, List.of("output")),
            new Layer("reading", false, List.of("ingest", "model.table")),
            new Layer("sources", true, List.of("annexa", "ssda903", "cin")),
            new Layer("across the sources", false, List.of("returns", "input", "generate")),
            new Layer("checks", false, List.of("checks")),
            new Layer("indicators", false, List.of("indicators")),
            new Layer("after the indicators", false, List.of("returns.checks", "reconciliation", "opendata")),
            new Layer("outputs", false, List.of("datasets", "shareable", "report", "catalogue")),
            new Layer("regional", false, List.of("rollup", "compact")),
            new Layer("pipeline", false, List.of("pipeline")),
            new Layer("job", false, List.of("job", "jobfile", "schedule", "rollup.job")),
            new Layer("cli", false, List.of("cli")));

    /**
     * The imports allowed between two packages of one layer, each one way only ("a -> b": a may import b), so a new
     * sideways import fails here until it is declared. datasets and shareable import each other: the registry of
     * every dataset lists the shareable one, which is built on the indicators dataset.
     */
    static final List<String> SIDEWAYS = List.of(
            "localauthorities -> model",
            "region -> localauthorities",
            "model.table -> ingest",
            "input -> returns",
            "catalogue -> datasets",
            "report -> datasets",
            "shareable -> datasets",
            "shareable -> report",
            "datasets -> shareable",
            "compact -> rollup",
            "schedule -> jobfile");

    private static final String ROOT = "uk.chatbatch";
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?(uk\\.chatbatch\\.[\\w.]+)");
    private static final Pattern NAMED = Pattern.compile("(?<![\\w.])uk\\.chatbatch(?:\\.\\w+)+");

    @Test
    void noImportOfMainCodeRunsUpTheLayersOrBetweenTheSources() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            violations.addAll(violations(file.toString(), Files.readString(file)));
        }
        assertThat(violations).as("imports that run up the layers or between the sources (declare a package's"
                + " layer in PackageLayersTest.LAYERS and README's Package layers)").isEmpty();
    }

    @Test
    void everyDeclaredSidewaysDirectionIsStillUsed() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        for (Path file : mainSources()) {
            used.addAll(sideways(Files.readString(file)));
        }
        assertThat(SIDEWAYS.stream().filter(d -> !used.contains(d)).toList())
                .as("declared sideways directions no import uses any more (remove them from SIDEWAYS)").isEmpty();
    }

    @Test
    void everyDeclaredPackageExists() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path file : mainSources()) {
            packageOf(Files.readString(file)).ifPresent(packages::add);
        }
        List<String> stale = LAYERS.stream().flatMap(l -> l.packages().stream()).map(p -> ROOT + "." + p)
                .filter(p -> packages.stream().noneMatch(q -> q.equals(p) || q.startsWith(p + ".")))
                .toList();
        assertThat(stale).as("declared layers naming no package of src/main").isEmpty();
    }

    /** The rule itself, on one-file examples: each row is a file and what the rule says about it. */
    @Test
    void theRuleOnExamples() {
        // an indicator reading an Annex A record: down a layer
        assertThat(violations("a/A.java", """
                package uk.chatbatch.indicators.frontdoor;
                import uk.chatbatch.annexa.TableRecord;
                import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
                """)).isEmpty();
        // a source reading cells through the source-neutral reading types: down a layer
        assertThat(violations("cin/CinValues.java", """
                package uk.chatbatch.cin;
                import uk.chatbatch.ingest.read.RawCell;
                """)).isEmpty();
        // within one layer (not the sources): allowed in a declared direction
        assertThat(violations("report/R.java", """
                package uk.chatbatch.report;
                import uk.chatbatch.datasets.IndicatorsDataset;
                """)).isEmpty();
        // within one layer: not the other way, which is not declared
        assertThat(violations("datasets/D.java", """
                package uk.chatbatch.datasets;
                import uk.chatbatch.report.ShareableFigures;
                """)).containsExactly("datasets/D.java: import uk.chatbatch.report.ShareableFigures runs sideways"
                + " within layer 'outputs', from uk.chatbatch.datasets to uk.chatbatch.report, a direction"
                + " PackageLayersTest.SIDEWAYS does not declare");
        // a package's own subpackages are the package: no direction to declare
        assertThat(violations("indicators/ReferenceData.java", """
                package uk.chatbatch.indicators;
                import uk.chatbatch.indicators.childrenincare.PlacedMoreThan20MilesFromHome;
                """)).isEmpty();
        // the reading layer importing a source: up
        assertThat(violations("ingest/X.java", """
                package uk.chatbatch.ingest;
                import uk.chatbatch.annexa.Field;
                """)).containsExactly("ingest/X.java: import uk.chatbatch.annexa.Field runs up from layer 'reading'"
                + " (uk.chatbatch.ingest) to layer 'sources' (uk.chatbatch.annexa)");
        // one source importing another, even a subpackage of it: sideways between the sources
        assertThat(violations("cin/Y.java", """
                package uk.chatbatch.cin;
                import uk.chatbatch.ssda903.read.Thing;
                """)).containsExactly("cin/Y.java: import uk.chatbatch.ssda903.read.Thing runs sideways between the"
                + " sources, from uk.chatbatch.cin to uk.chatbatch.ssda903 (layer 'sources')");
        // a name used fully qualified in code counts; in a comment or a string it does not
        assertThat(violations("model/Z.java", """
                package uk.chatbatch.model;
                // see uk.chatbatch.report.ReportDocument
                /** {@link uk.chatbatch.cli.Launcher} */
                class Z {
                    String s = "uk.chatbatch.job.JobRunner";
                    Object o = uk.chatbatch.datasets.IssuesDataset.NAME;
                }
                """)).containsExactly("model/Z.java: name uk.chatbatch.datasets.IssuesDataset.NAME runs up from"
                + " layer 'model' (uk.chatbatch.model) to layer 'outputs' (uk.chatbatch.datasets)");
        // a subpackage declared on its own is in its own layer, not its parent's
        assertThat(violations("returns/X.java", """
                package uk.chatbatch.returns;
                import uk.chatbatch.returns.checks.ReturnChecks;
                """)).containsExactly("returns/X.java: import uk.chatbatch.returns.checks.ReturnChecks runs up from"
                + " layer 'across the sources' (uk.chatbatch.returns) to layer 'after the indicators'"
                + " (uk.chatbatch.returns.checks)");
        // a package in no layer is named so it gets declared
        assertThat(violations("newthing/N.java", """
                package uk.chatbatch.newthing;
                import uk.chatbatch.model.Text;
                """)).containsExactly("newthing/N.java: package uk.chatbatch.newthing is in no layer");
    }

    /** The same-layer directions ("a -> b") one source file's references take. */
    static List<String> sideways(String source) {
        Optional<Placed> from = packageOf(source).flatMap(PackageLayersTest::place);
        if (from.isEmpty()) {
            return List.of();
        }
        return references(source).stream().map(r -> place(packageOfName(r[1]))).flatMap(Optional::stream)
                .filter(to -> to.index() == from.get().index() && !to.declared().equals(from.get().declared()))
                .map(to -> from.get().declared() + " -> " + to.declared()).distinct().toList();
    }

    /** What is wrong with one source file's references to the product's own packages; empty when nothing is. */
    static List<String> violations(String file, String source) {
        Optional<String> ownPackage = packageOf(source);
        if (ownPackage.isEmpty() || !(ownPackage.get() + ".").startsWith(ROOT + ".")) {
            return List.of();
        }
        String from = ownPackage.get();
        Optional<Placed> fromPlace = place(from);
        if (fromPlace.isEmpty()) {
            return List.of(file + ": package " + from + " is in no layer");
        }
        List<String> found = new ArrayList<>();
        for (String[] reference : references(source)) {
            String to = packageOfName(reference[1]);
            Optional<Placed> toPlace = place(to);
            String what = file + ": " + reference[0] + " " + reference[1];
            if (toPlace.isEmpty()) {
                found.add(what + " names package " + to + ", which is in no layer");
                continue;
            }
            Placed a = fromPlace.get();
            Placed b = toPlace.get();
            if (b.index() > a.index()) {
                found.add(what + " runs up from layer '" + a.layer().name() + "' (" + from + ") to layer '"
                        + b.layer().name() + "' (" + to + ")");
            } else if (b.index() == a.index() && a.layer().sideBySide() && !a.declared().equals(b.declared())) {
                found.add(what + " runs sideways between the " + a.layer().name() + ", from " + ROOT + "."
                        + a.declared() + " to " + ROOT + "." + b.declared() + " (layer '" + a.layer().name() + "')");
            } else if (b.index() == a.index() && !a.declared().equals(b.declared())
                    && !SIDEWAYS.contains(a.declared() + " -> " + b.declared())) {
                found.add(what + " runs sideways within layer '" + a.layer().name() + "', from " + ROOT + "."
                        + a.declared() + " to " + ROOT + "." + b.declared() + ", a direction PackageLayersTest.SIDEWAYS"
                        + " does not declare");
            }
        }
        return found;
    }

    /** Each reference in code to the product's classes: {"import" or "name", the dotted name}. */
    private static List<String[]> references(String source) {
        String code = withoutCommentsAndLiterals(source);
        List<String[]> references = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            references.add(new String[] {"import", imports.group(1)});
        }
        Matcher named = NAMED.matcher(IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll(""));
        while (named.find()) {
            references.add(new String[] {"name", named.group()});
        }
        return references;
    }

    /** A package's layer: the declaration naming it or its nearest declared parent. */
    record Placed(Layer layer, int index, String declared) {
    }

    static Optional<Placed> place(String pkg) {
        Placed best = null;
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String declared : LAYERS.get(i).packages()) {
                String full = ROOT + "." + declared;
                if ((pkg.equals(full) || pkg.startsWith(full + "."))
                        && (best == null || declared.length() > best.declared().length())) {
                    best = new Placed(LAYERS.get(i), i, declared);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The package part of a dotted name: uk.chatbatch.annexa.Field.AGE is in uk.chatbatch.annexa. */
    static String packageOfName(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private static Optional<String> packageOf(String source) {
        Matcher m = PACKAGE.matcher(withoutCommentsAndLiterals(source));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The source with comments, strings, text blocks and char literals blanked, so only code is searched. */
    static String withoutCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
