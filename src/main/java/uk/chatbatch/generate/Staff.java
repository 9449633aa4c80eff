package uk.chatbatch.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic LA's teams and the workers in them. Team sizes grow with the number of children so
 * caseloads stay plausible. Names are invented from two short lists.
 */
final class Staff {

    enum Function {
        FRONT_DOOR("MASH", "Front Door Team"),
        ASSESSMENT("Assessment Team 1", "Assessment Team 2", "Assessment Team 3"),
        SAFEGUARDING("Safeguarding Team North", "Safeguarding Team South", "Family Support Team"),
        DISABLED_CHILDREN("Disabled Children's Team"),
        CHILDREN_IN_CARE("Children in Care Team 1", "Children in Care Team 2"),
        LEAVING_CARE("Leaving Care Team"),
        PERSONAL_ADVISERS("Leaving Care Team");

        private final List<String> teams;

        Function(String... teams) {
            this.teams = List.of(teams);
        }
    }

    record Allocation(String team, String worker) {
    }

    private static final List<String> FIRST = List.of("Amira", "Ben", "Chloe", "Daniel", "Ebony", "Farhan", "Grace",
            "Harry", "Imogen", "Jamal", "Kirsty", "Liam", "Megan", "Nathan", "Olivia", "Priya", "Rachel", "Samir",
            "Tara", "Usman", "Victoria", "Wesley", "Yasmin", "Zoe", "Adam", "Bethany", "Callum", "Deborah", "Eleanor",
            "Gareth", "Hannah", "Joseph", "Katie", "Lewis", "Natalie", "Owen", "Rebecca", "Sophie", "Thomas", "Aisha");
    private static final List<String> LAST = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Quinn",
            "Roberts", "Smith", "Turner", "Underwood", "Walker", "Wright", "Young", "Bennett", "Campbell", "Dixon",
            "Ellis", "Foster", "Graham", "Harrison", "Jackson", "Kelly", "Mitchell", "Osei", "Palmer", "Reid",
            "Shaw", "Thompson", "Ward");

    private final Map<Function, List<Allocation>> pools = new EnumMap<>(Function.class);

    Staff(int children) {
        int perTeam = Math.max(3, children / 250);
        int person = 0;
        for (Function function : Function.values()) {
            List<Allocation> pool = new ArrayList<>();
            for (String team : function.teams) {
                for (int i = 0; i < perTeam; i++) {
                    pool.add(new Allocation(team, name(person++)));
                }
            }
            pools.put(function, List.copyOf(pool));
        }
    }

    Allocation allocate(Function function, Dice dice) {
        return dice.oneOf(pools.get(function));
    }

    /** A worker name; people are numbered so names repeat only after the lists are exhausted. */
    private static String name(int person) {
        String first = FIRST.get(person % FIRST.size());
        String last = LAST.get((person / FIRST.size() + person * 7) % LAST.size());
        return first + " " + last;
    }
}
