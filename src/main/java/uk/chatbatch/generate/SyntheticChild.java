package uk.chatbatch.generate;

import java.time.LocalDate;

/** A synthetic child's fixed characteristics; codes are canonical codes of the Annex A code lists. */
record SyntheticChild(String id, String gender, String ethnicity, LocalDate dob, String disability) {
}
