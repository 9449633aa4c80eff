package uk.chatbatch.ssda903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;

/**
 * Finds the SSDA903 files under a folder (or takes the one file given) and decides each file's
 * collection year from its name.
 *
 * <p>Files: every .csv and .xml file in the folder and its sub-folders (up to four levels down),
 * in path order; hidden files are skipped.
 *
 * <p>Year: the first label ({@link YearLabels}) found in the file's name, then in the name of each
 * folder from the file up to and including the folder given. So {@code 2017/episodes.csv} and
 * {@code 2017-episodes.csv} are both 2017-18 by default. A farther label that disagrees is
 * reported and the nearest wins; a name with two different labels gives no year. The fixed-year
 * option overrides all names.
 */
final class InputFiles {

    private static final int MAX_DEPTH = 4;

    enum Kind { CSV, XML }

    /**
     * @param display the path below the folder read, with '/' separators, or the file's name
     * @param basis   how the year was decided, for results and messages
     */
    record InputFile(Path path, String display, Kind kind, Optional<CollectionYear> year, String basis) {

        String fileName() {
            return path.getFileName().toString();
        }
    }

    private InputFiles() {
    }

    static List<InputFile> find(Path root, Ssda903Options options, Consumer<Issue> issues) {
        if (!Files.exists(root)) {
            throw new InputException(root + ": the SSDA903 input does not exist.");
        }
        List<Path> paths;
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
                paths = walk.filter(Files::isRegularFile).filter(p -> kindOf(p).isPresent())
                        .filter(p -> !isHidden(root, p)).sorted().toList();
            } catch (IOException e) {
                throw new InputException(root + ": the folder cannot be listed (" + e.getMessage() + ").");
            }
            if (paths.isEmpty()) {
                throw new InputException(root + ": the folder holds no .csv or .xml files (expected the SSDA903"
                        + " tables as CSV files, or the 903 XML file).");
            }
        } else {
            if (kindOf(root).isEmpty()) {
                throw new InputException(root.getFileName() + ": is not a .csv or .xml file (expected the SSDA903"
                        + " tables as CSV files, or the 903 XML file).");
            }
            paths = List.of(root);
        }
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(describe(root, path, options, issues));
        }
        return files;
    }

    private static InputFile describe(Path root, Path path, Ssda903Options options, Consumer<Issue> issues) {
        String display = root.equals(path) ? path.getFileName().toString()
                : root.relativize(path).toString().replace('\\', '/');
        Kind kind = kindOf(path).orElseThrow();
        if (options.fixedYear().isPresent()) {
            return new InputFile(path, display, kind, options.fixedYear(), "option setting the year");
        }
        List<String> names = new ArrayList<>();
        List<String> what = new ArrayList<>();
        names.add(stem(path.getFileName().toString()));
        what.add("file name '" + path.getFileName() + "'");
        for (Path dir = path.getParent(); dir != null && Files.isDirectory(root) && dir.startsWith(root);
             dir = dir.getParent()) {
            if (dir.getFileName() == null) {
                break;
            }
            names.add(dir.getFileName().toString());
            what.add("folder name '" + dir.getFileName() + "'");
            if (dir.equals(root)) {
                break;
            }
        }
        String fileName = path.getFileName().toString();
        for (int i = 0; i < names.size(); i++) {
            YearLabels.Found found = YearLabels.inName(names.get(i), options.bareYear());
            if (found.isConflict()) {
                issues.accept(new Issue(display, fileName, "", 0, "", "", IssueCode.COLLECTION_YEAR_CONFLICT,
                        display + ": the " + what.get(i) + " holds more than one year label (" + found.text()
                                + "), so no collection year is taken from it; rename it or set the year."));
                return unknown(path, display, kind, fileName, issues);
            }
            if (found.year().isPresent()) {
                CollectionYear year = found.year().get();
                for (int j = i + 1; j < names.size(); j++) {
                    YearLabels.Found farther = YearLabels.inName(names.get(j), options.bareYear());
                    if (farther.year().isPresent() && !farther.year().get().equals(year)) {
                        issues.accept(new Issue(display, fileName, "", 0, "", "", IssueCode.COLLECTION_YEAR_CONFLICT,
                                display + ": the " + what.get(i) + " gives " + year.label() + " but the "
                                        + what.get(j) + " gives " + farther.year().get().label() + "; "
                                        + year.label() + " (the nearer) is used."));
                        break;
                    }
                }
                return new InputFile(path, display, kind, Optional.of(year), what.get(i) + " (" + found.text()
                        + " read as " + year.label() + ")");
            }
        }
        return unknown(path, display, kind, fileName, issues);
    }

    private static InputFile unknown(Path path, String display, Kind kind, String fileName, Consumer<Issue> issues) {
        issues.accept(new Issue(display, fileName, "", 0, "", "", IssueCode.COLLECTION_YEAR_UNKNOWN,
                display + ": no collection year in the file's name or its folders' names; its codes are checked"
                        + " against every year and its rows take part in no precedence between years. Name it"
                        + " like 2017-18-episodes.csv or 2017-18/episodes.csv, or set the year."));
        return new InputFile(path, display, kind, Optional.empty(), "nothing (no year in the names)");
    }

    private static Optional<Kind> kindOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(Kind.CSV);
        }
        if (name.endsWith(".xml")) {
            return Optional.of(Kind.XML);
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
