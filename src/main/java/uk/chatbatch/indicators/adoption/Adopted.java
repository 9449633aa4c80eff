package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.FAMILY_ID;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

/** What several List 10 measures share: who was adopted in the window, and who was adopted with siblings. */
final class Adopted {

    static final String SINGLE = "single child";
    static final String SIBLING_GROUP = "in a sibling group";

    private Adopted() {
    }

    /** A Date of Adoption Order in the 12 months ending on the period end. */
    static boolean inWindow(TableRecord child, IndicatorContext context) {
        return context.period().lastMonths(12).contains(child.date(ADOPTION_ORDER_DATE));
    }

    /**
     * "in a sibling group" when another child on List 10 (any row, not only those adopted in the window) has
     * the same Family identifier, which links children to the adoptive family; "single child" when none has;
     * unknown when the family identifier is blank.
     */
    static Breakdown<TableRecord> siblingGroup(List<TableRecord> adoptionList) {
        Map<String, Set<String>> childrenByFamily = new HashMap<>();
        for (TableRecord child : adoptionList) {
            String family = child.text(FAMILY_ID);
            if (family != null && !family.isBlank()) {
                childrenByFamily.computeIfAbsent(family, f -> new HashSet<>()).add(child.childId());
            }
        }
        return new Breakdown<TableRecord>("sibling group", List.of(SINGLE, SIBLING_GROUP, Breakdown.UNKNOWN), child -> {
            String family = child.text(FAMILY_ID);
            if (family == null || family.isBlank()) {
                return Breakdown.UNKNOWN;
            }
            return childrenByFamily.get(family).size() > 1 ? SIBLING_GROUP : SINGLE;
        });
    }
}
