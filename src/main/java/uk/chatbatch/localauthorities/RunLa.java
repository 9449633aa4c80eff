package uk.chatbatch.localauthorities;

import java.util.Optional;

/**
 * The LA a run is for, as the bundled table has it on the run's period end: a real LA's row in force then, or
 * a synthetic LA (a code from 990 to 999, which no English LA uses).
 *
 * @param dfeCode the DfE three-digit code the outputs carry
 * @param inForce the table's row in force on the period end; empty for a synthetic LA
 * @param note    one sentence for the user when the code given was an ONS code replaced before the period end
 */
public record RunLa(String dfeCode, Optional<LocalAuthorities.LocalAuthority> inForce, Optional<String> note) {

    /** Whether the run is for a synthetic LA (tests, the bundled sample, demonstrations), not an English LA. */
    public boolean synthetic() {
        return inForce.isEmpty();
    }
}
