package uk.chatbatch.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.chatbatch.localauthorities.LocalAuthorities;

/**
 * The folder convention of a region run: one sub-folder per LA, named by its LA code, holding that LA's
 * extracts under fixed names.
 *
 * <pre>
 * input/region/
 *   391/                      DfE three-digit code, or the ONS code (E08000021)
 *     annex-a.xlsx            the Annex A workbook: one file whose name starts annex-a (or annex_a), any case
 *     annex-a/                ... or a folder of that name holding one CSV per list
 *     ssda903/                the SSDA903 return, as `--ssda903` takes a folder (optional)
 *     cin/                    CIN census XML files (optional)
 * </pre>
 *
 * Hidden entries and loose files beside the LA folders are ignored; a folder whose name is not an LA code
 * is refused, so a typo never drops an LA silently.
 */
public final class LaInputFolders {

    public static final String SSDA903_DIR = "ssda903";
    public static final String CIN_DIR = "cin";

    /** One LA's folder and what the convention found in it; all empty means nothing usable was found. */
    public record LaFolder(String dfeCode, Path folder, Optional<Path> annexA, Optional<Path> ssda903,
                           Optional<Path> cin) {

        public boolean isEmpty() {
            return annexA.isEmpty() && ssda903.isEmpty() && cin.isEmpty();
        }
    }

    /** A problem with the folder layout, said in one sentence naming the folder. */
    public static final class LayoutException extends RuntimeException {
        LayoutException(String message) {
            super(message);
        }
    }

    private LaInputFolders() {
    }

    /** The LA folders under {@code root}, by DfE code. */
    public static Map<String, LaFolder> scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new LayoutException(root + ": the inputs_by_la folder does not exist.");
        }
        Map<String, LaFolder> result = new TreeMap<>();
        for (Path folder : list(root)) {
            if (!Files.isDirectory(folder) || hidden(folder)) {
                continue;
            }
            String dfeCode;
            try {
                dfeCode = LocalAuthorities.bundled().dfeCode(folder.getFileName().toString().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LayoutException(folder + ": a folder under inputs_by_la must be named by its LA code, the"
                        + " DfE three-digit code such as 391 or the ONS code such as E08000021.");
            }
            LaFolder found = read(dfeCode, folder);
            LaFolder earlier = result.put(dfeCode, found);
            if (earlier != null) {
                throw new LayoutException(folder + " and " + earlier.folder() + " are the same LA (DfE code " + dfeCode
                        + "); keep one.");
            }
        }
        if (result.isEmpty()) {
            throw new LayoutException(root + ": no LA folder found; put each LA's extracts in a sub-folder named by"
                    + " its LA code, e.g. " + root.resolve("391") + ".");
        }
        return result;
    }

    private static LaFolder read(String dfeCode, Path folder) {
        List<Path> annexA = list(folder).stream().filter(p -> !hidden(p) && isAnnexAName(p)
                && (Files.isDirectory(p) || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")))
                .toList();
        if (annexA.size() > 1) {
            throw new LayoutException(folder + ": more than one Annex A input (" + String.join(", ",
                    annexA.stream().map(p -> p.getFileName().toString()).toList()) + "); keep one.");
        }
        return new LaFolder(dfeCode, folder, annexA.stream().findFirst(), folderNamed(folder, SSDA903_DIR),
                folderNamed(folder, CIN_DIR));
    }

    private static boolean isAnnexAName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT).replace('_', '-');
        return name.startsWith("annex-a");
    }

    private static Optional<Path> folderNamed(Path folder, String name) {
        Path p = folder.resolve(name);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return new ArrayList<>(entries.sorted().toList());
        } catch (IOException e) {
            throw new LayoutException(folder + ": the folder cannot be read (" + e.getMessage() + ").");
        }
    }
}
