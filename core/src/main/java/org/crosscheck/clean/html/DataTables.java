package org.crosscheck.clean.html;

import org.jsoup.nodes.Element;

/**
 * Tells a data table (rows of figures, a schedule) from a layout table (a page built of cells), by
 * Readability's signs: markup only data tables carry (summary, caption, th, thead), no nested tables, and
 * size. Content scoring keeps a data table whole even when its cells look like furniture.
 */
final class DataTables {

    private DataTables() {
    }

    /**
     * Whether a table holds data.
     *
     * @param table a {@code <table>} element
     * @return true for a data table
     */
    static boolean isData(Element table) {
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
            return false;
        }
        if (!table.attr("summary").isBlank() || table.selectFirst("caption, col, colgroup, tfoot, thead, th") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element row : table.select("tr")) {
            rows++;
            columns = Math.max(columns, row.select("td").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
