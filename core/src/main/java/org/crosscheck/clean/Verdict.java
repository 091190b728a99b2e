package org.crosscheck.clean;

/**
 * The decision about one line.
 *
 * @param role   what the line is
 * @param reason why it is removed, in words; null to use the role's default
 * @param value  the metadata value the line carries (author name, ISO date …), or null
 */
public record Verdict(Role role, String reason, String value) {

    /**
     * A boilerplate verdict.
     *
     * @param reason why the line is not article text
     * @return the verdict
     */
    public static Verdict boilerplate(String reason) {
        return new Verdict(Role.BOILERPLATE, reason, null);
    }

    /**
     * A metadata verdict.
     *
     * @param role  TITLE, AUTHOR, DATELINE, CREDIT or PUBLISHED
     * @param value the field's value
     * @return the verdict
     */
    public static Verdict metadata(Role role, String value) {
        return new Verdict(role, null, value);
    }

    /** Returns the reason to record for the removal. */
    public String removalReason() {
        return reason != null ? reason : role.defaultReason();
    }
}
