package org.crosscheck.spark;

/** Orders ids of the form {@code PREFIX + number} ({@code e2} before {@code e10}). */
final class EntityIds {

    private EntityIds() {
    }

    /**
     * Returns the number at the end of an id.
     *
     * @param id an id such as {@code e12}
     * @return its number, or 0 when it ends in none
     */
    static long number(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        return i == id.length() ? 0 : Long.parseLong(id.substring(i));
    }
}
