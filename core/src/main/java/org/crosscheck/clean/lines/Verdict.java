package org.crosscheck.clean.lines;

/**
 * The decision about one line.
 *
 * @param role   what the line is
 * @param reason why it is removed, in words; null to use the role's default
 * @param facts  the metadata the line carries (never null)
 */
public record Verdict(Role role, String reason, LineFacts facts) {

    /** Replaces null facts by {@link LineFacts#NONE}. */
    public Verdict {
        facts = facts == null ? LineFacts.NONE : facts;
    }

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
     * A metadata verdict with the role's default reason.
     *
     * @param role  a metadata role (TITLE, AUTHOR, DATELINE, CREDIT, PUBLISHED, MASTHEAD)
     * @param facts what the line says
     * @return the verdict
     */
    public static Verdict metadata(Role role, LineFacts facts) {
        return new Verdict(role, null, facts);
    }

    /** Returns the reason to record for the removal. */
    public String removalReason() {
        return reason != null ? reason : role.defaultReason();
    }
}
