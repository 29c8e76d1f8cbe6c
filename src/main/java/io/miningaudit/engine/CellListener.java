package io.miningaudit.engine;

import org.drools.template.parser.DataListener;

/** A listener of Drools' spreadsheet parser that hears only of cells, one by one (sheets and rows it lets pass). */
interface CellListener extends DataListener {
    @Override
    default void startSheet(String name) {
        // Nothing to do when a sheet starts.
    }

    @Override
    default void finishSheet() {
        // Nothing to do when a sheet ends.
    }

    @Override
    default void newRow(int row, int columns) {
        // Cells come one by one.
    }
}
