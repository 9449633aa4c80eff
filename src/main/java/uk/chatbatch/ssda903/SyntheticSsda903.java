package uk.chatbatch.ssda903;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.chatbatch.model.table.CollectionYear;

/**
 * Writes a synthetic LA's SSDA903 CSV tables for several consecutive collection years, one folder
 * per year ("2020-21/episodes.csv"), for volume tests and the benchmark. Nothing in it is real.
 *
 * <p>Each child has one period of care split into episodes; every year's files hold the episodes
 * open at any time in that year, with DEC and REC left blank when the episode was still open at
 * 31 March, so episodes re-appear in the next year's file as real returns do. Header and previous
 * permanence rows are written for every child looked after in the year, reviews every six months,
 * and UASC, OC2, OC3 and Missing rows for a share of them. Codes are valid for their year (SEX is
 * 1/2 before 2024-25 and M/F from then; K3 only from 2024-25). The same seed gives the same bytes.
 */
public final class SyntheticSsda903 {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ETHNIC = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "BAFR", "BCRB", "OOTH"};
    private static final String[] LEGAL = {"C1", "C2", "C2", "V2", "E1"};
    private static final String[] PLACE = {"U1", "U3", "U4", "U4", "U5", "U6", "K2", "P1", "R1", "A4"};
    private static final String[] PROVIDER = {"PR1", "PR1", "PR2", "PR4", "PR5"};
    private static final String[] REC = {"E4A", "E11", "E13", "E41", "E45", "E48", "E8"};
    private static final String[] CHANGE = {"CARPL", "CLOSE", "CREQB", "CREQO", "LAREQ", "OTHER"};

    private SyntheticSsda903() {
    }

    /** What was written: rows per table for each year. */
    public record Written(Path folder, Map<CollectionYear, Map<Ssda903Table, Integer>> rows) {

        public int rows(CollectionYear year, Ssda903Table table) {
            return rows.getOrDefault(year, Map.of()).getOrDefault(table, 0);
        }

        public int total() {
            return rows.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    private record Episode(LocalDate start, LocalDate end, String rne, String ls, String place, String provider,
                           String rec, String change, String homePost, String placePost, String urn) {
    }

    private record Child(String id, int sex, LocalDate dob, String ethnic, String upn, String need, boolean uasc,
                         List<Episode> episodes) {

        LocalDate start() {
            return episodes.get(0).start();
        }

        /** The day the period of care ended, or null if it had not by the last year generated. */
        LocalDate end() {
            return episodes.get(episodes.size() - 1).end();
        }

        boolean inCareDuring(CollectionYear year) {
            return !start().isAfter(year.end()) && (end() == null || !end().isBefore(year.start()));
        }
    }

    /**
     * @param firstStartYear  the first collection year, by the year it starts (2020 = 2020-21)
     * @param years           how many consecutive years
     * @param episodesPerYear the average number of episode rows per year to aim for
     */
    public static Written write(Path folder, long seed, int firstStartYear, int years, int episodesPerYear)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        CollectionYear first = CollectionYear.startingIn(firstStartYear);
        CollectionYear last = CollectionYear.startingIn(firstStartYear + years - 1);
        List<Child> children = new ArrayList<>();
        long episodeRows = 0;
        while (episodeRows < (long) episodesPerYear * years) {
            Child child = child(random, children.size(), first, last);
            children.add(child);
            for (int y = 0; y < years; y++) {
                episodeRows += episodesIn(child, CollectionYear.startingIn(firstStartYear + y)).size();
            }
        }
        Map<CollectionYear, Map<Ssda903Table, Integer>> counts = new LinkedHashMap<>();
        for (int y = 0; y < years; y++) {
            CollectionYear year = CollectionYear.startingIn(firstStartYear + y);
            counts.put(year, writeYear(folder.resolve(year.label()), year, children, new SplittableRandom(seed + y)));
        }
        return new Written(folder, counts);
    }

    private static Child child(SplittableRandom random, int n, CollectionYear first, CollectionYear last) {
        long span = ChronoUnit.DAYS.between(first.start().minusYears(3), last.end());
        LocalDate start = first.start().minusYears(3).plusDays(random.nextLong(span));
        LocalDate dob = start.minusDays(random.nextLong(17 * 365L));
        boolean uasc = random.nextInt(100) < 6;
        String need = "N" + (1 + random.nextInt(8));
        List<Episode> episodes = new ArrayList<>();
        LocalDate careEnds = start.plusDays(30 + (long) (-Math.log(1 - random.nextDouble()) * 700));
        LocalDate eighteen = dob.plusYears(18);
        if (careEnds.isAfter(eighteen)) {
            careEnds = eighteen;
        }
        if (careEnds.isAfter(last.end())) {
            careEnds = null;
        }
        LocalDate from = start;
        String ls = pick(random, LEGAL);
        String home = postcode(random);
        boolean firstEpisode = true;
        while (true) {
            LocalDate to = from.plusDays(14 + random.nextLong(400));
            boolean lastOne = careEnds == null ? to.isAfter(last.end()) : !to.isBefore(careEnds);
            if (lastOne) {
                to = careEnds;
            }
            String place = pick(random, PLACE);
            String provider = place.equals("P1") ? "PR0" : pick(random, PROVIDER);
            String urn = place.equals("P1") || place.equals("R1") ? "" : "SC" + (100000 + random.nextInt(900000));
            String rne = firstEpisode ? "S" : random.nextInt(4) == 0 ? "L" : "P";
            if (rne.equals("L")) {
                ls = pick(random, LEGAL);
            }
            episodes.add(new Episode(from, to, rne, ls, place, provider,
                    to == null ? "" : lastOne ? pick(random, REC) : "X1",
                    to == null || lastOne || rne.equals("L") ? "" : pick(random, CHANGE),
                    home, postcode(random), urn));
            if (lastOne) {
                break;
            }
            from = to;
            firstEpisode = false;
        }
        String id = String.valueOf(100000 + n);
        String upn = "A" + String.format("%012d", 100000000000L + n);
        return new Child(id, 1 + random.nextInt(2), dob, pick(random, ETHNIC), upn, need, uasc, episodes);
    }

    private static List<Episode> episodesIn(Child child, CollectionYear year) {
        List<Episode> in = new ArrayList<>();
        for (Episode e : child.episodes()) {
            if (!e.start().isAfter(year.end()) && (e.end() == null || !e.end().isBefore(year.start()))) {
                in.add(e);
            }
        }
        return in;
    }

    private static Map<Ssda903Table, Integer> writeYear(Path dir, CollectionYear year, List<Child> children,
                                                       SplittableRandom random) throws IOException {
        Files.createDirectories(dir);
        Map<Ssda903Table, Integer> counts = new EnumMap<>(Ssda903Table.class);
        boolean mf = year.startYear() >= 2024;
        try (Table header = new Table(dir, "header.csv", Ssda903Table.HEADER, counts);
             Table episodes = new Table(dir, "episodes.csv", Ssda903Table.EPISODES, counts);
             Table reviews = new Table(dir, "reviews.csv", Ssda903Table.REVIEWS, counts);
             Table uasc = new Table(dir, "uasc.csv", Ssda903Table.UASC, counts);
             Table oc2 = new Table(dir, "oc2.csv", Ssda903Table.OC2, counts);
             Table oc3 = new Table(dir, "oc3.csv", Ssda903Table.OC3, counts);
             Table missing = new Table(dir, "missing.csv", Ssda903Table.MISSING, counts);
             Table prevPerm = new Table(dir, "previous_permanence.csv", Ssda903Table.PREV_PERM, counts)) {
            for (Child c : children) {
                if (!c.inCareDuring(year)) {
                    if (c.end() != null && c.end().isBefore(year.start()) && c.dob().plusYears(19).isAfter(year.start())
                            && !c.dob().plusYears(19).isAfter(year.end()) && random.nextInt(3) == 0) {
                        oc3.row(c.id(), d(c.dob()), "YES", pick(random, new String[] {"F1", "F2", "G5", "0"}),
                                pick(random, new String[] {"U1", "B1", "Z1", "D1", "0"}));
                    }
                    continue;
                }
                String sex = mf ? (c.sex() == 1 ? "M" : "F") : String.valueOf(c.sex());
                header.row(c.id(), sex, d(c.dob()), c.ethnic(), c.upn(), "", "");
                prevPerm.row(c.id(), d(c.dob()), random.nextInt(20) == 0 ? "P1" : "Z1", "",
                        random.nextInt(20) == 0 ? "ZZ/0" + (1 + random.nextInt(9)) + "/2015" : "");
                for (Episode e : episodesIn(c, year)) {
                    boolean closed = e.end() != null && !e.end().isAfter(year.end());
                    String place = year.startYear() >= 2024 && e.place().equals("R1") ? "K3" : e.place();
                    episodes.row(c.id(), d(e.start()), e.rne(), e.ls(), c.need(), place, e.provider(),
                            closed ? d(e.end()) : "", closed ? e.rec() : "", closed ? e.change() : "", e.homePost(),
                            e.placePost(), e.urn());
                }
                LocalDate end = c.end() == null || c.end().isAfter(year.end()) ? year.end() : c.end();
                for (LocalDate review = c.start().plusDays(20); !review.isAfter(end); review = review.plusMonths(6)) {
                    if (!review.isBefore(year.start())) {
                        String code = c.dob().plusYears(4).isAfter(review) ? "PN0" : "PN" + (1 + random.nextInt(7));
                        reviews.row(c.id(), d(c.dob()), d(review), code);
                    }
                }
                if (c.uasc()) {
                    uasc.row(c.id(), sex, d(c.dob()), d(c.dob().plusYears(18)));
                }
                boolean openAtEnd = c.end() == null || c.end().isAfter(year.end());
                if (openAtEnd && !c.start().isAfter(year.end().minusYears(1))) {
                    boolean sdq = !c.dob().plusYears(4).isAfter(year.end()) && c.dob().plusYears(17).isAfter(year.end());
                    oc2.row(c.id(), d(c.dob()), sdq ? String.valueOf(random.nextInt(41)) : "", sdq ? "" : "SDQ1",
                            "0", "1", "1", "1", "1", "0", "", "");
                }
                LocalDate from = c.start().isAfter(year.start()) ? c.start() : year.start();
                long days = ChronoUnit.DAYS.between(from, end);
                if (days > 3 && random.nextInt(10) == 0) {
                    LocalDate gone = from.plusDays(random.nextLong(days - 2));
                    missing.row(c.id(), d(c.dob()), random.nextBoolean() ? "M" : "A", d(gone), d(gone.plusDays(2)));
                }
            }
        }
        return counts;
    }

    /** One CSV file being written, with its row count. */
    private static final class Table implements AutoCloseable {
        private final BufferedWriter out;
        private final Ssda903Table table;
        private final Map<Ssda903Table, Integer> counts;

        Table(Path dir, String name, Ssda903Table table, Map<Ssda903Table, Integer> counts) throws IOException {
            this.out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
            this.table = table;
            this.counts = counts;
            out.write(String.join(",", table.headers()));
            out.write('\n');
            counts.put(table, 0);
        }

        void row(String... values) throws IOException {
            out.write(String.join(",", values));
            out.write('\n');
            counts.merge(table, 1, Integer::sum);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static String d(LocalDate date) {
        return date.format(DMY);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String postcode(SplittableRandom random) {
        String letters = "ABCDEFGHJKLMNPRSTUWXYZ";
        return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
                + (1 + random.nextInt(20)) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }
}
