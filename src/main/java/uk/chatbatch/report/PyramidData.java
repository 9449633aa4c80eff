package uk.chatbatch.report;

import java.util.List;

/**
 * An age/sex pyramid: one row per age (youngest first; drawn youngest at the bottom), male bars to the
 * left and female to the right, each bar labelled with its count or {@value SmallNumbers#SHOWN_AS}.
 */
record PyramidData(List<String> ages, List<Long> male, List<String> maleLabels, List<Long> female,
                   List<String> femaleLabels, String maleTitle, String femaleTitle) {

    PyramidData {
        ages = List.copyOf(ages);
        male = List.copyOf(male);
        maleLabels = List.copyOf(maleLabels);
        female = List.copyOf(female);
        femaleLabels = List.copyOf(femaleLabels);
        if (male.size() != ages.size() || female.size() != ages.size() || maleLabels.size() != ages.size()
                || femaleLabels.size() != ages.size()) {
            throw new IllegalArgumentException("a pyramid needs one male and one female figure per age");
        }
    }
}
