package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Province;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary's two charts, drawn on the workbook's XSSF sheet beneath the streamed one (a streamed sheet's drawing
 * holds no charts): the money by province, and the cases by the entity's kind and the cause. Their values are
 * given with the charts, so that they do not depend on rows already streamed to disk.
 */
final class SummaryCharts {
    /** The Summary's money columns, in its order. */
    private static final List<String> MONEY = List.of("Surcharge (CNY)", "Back-payment (CNY)",
            "Liquidated penalty (CNY)", "Illegal gains (CNY)");

    /** The header of the table of cases by kind, below the provenance. */
    static final List<String> CASE_HEADERS = List.of("Kind", "Deliberate cases", "Passive cases");

    private SummaryCharts() {
    }

    /** The cases by kind of entity, counted from the facts: kind, deliberate cases, passive cases. */
    static Map<EntityKind, long[]> casesByKind(AuditResult result) {
        Map<String, Entity> entities = new HashMap<>();
        result.facts().getEntities().forEach(e -> entities.put(e.getId(), e));
        Map<EntityKind, long[]> byKind = new EnumMap<>(EntityKind.class);
        for (Inspection i : result.facts().getInspections()) {
            long[] counts = byKind.computeIfAbsent(entities.get(i.getEntityId()).getKind(), k -> new long[2]);
            if (i.isDeliberate()) {
                counts[0]++;
            } else if (i.isPassive()) {
                counts[1]++;
            }
        }
        return byKind;
    }

    /**
     * Draws both charts from row {@code firstRow} down: the money of the Summary's province rows (rows 2 to {@code
     * provinces} + 1) and the cases of the kind table at rows {@code kindsFrom} to {@code kindsTo} (1-based, the
     * table's header above them). Each series names its cells and carries their values.
     */
    static void draw(SXSSFWorkbook wb, AuditResult result, Words words, int provinces, int kindsFrom, int kindsTo,
                     int firstRow) {
        String summary = words.text("Summary");
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(summary);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        money(drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, firstRow, 8, firstRow + 20)), result, words,
                summary, provinces);
        cases(drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 8, firstRow, 16, firstRow + 20)), result, words,
                summary, kindsFrom, kindsTo);
    }

    private static String range(String sheet, int column, int from, int to) {
        String c = CellReference.convertNumToColString(column);
        return "'" + sheet.replace("'", "''") + "'!$" + c + "$" + from + ":$" + c + "$" + to;
    }

    private static void money(XSSFChart chart, AuditResult result, Words words, String sheet, int provinces) {
        List<Province> order = new ArrayList<>(result.summary().byProvince().keySet());
        String[] names = order.stream().map(words::code).toArray(String[]::new);
        List<Function<Counts, Number>> values = List.of(Counts::surchargeCny, Counts::backPaymentCny,
                Counts::liquidatedPenaltyCny, Counts::illegalGainsCny);
        List<String> headers = Columns.headers(Columns.SUMMARY);
        XDDFBarChartData data = bars(chart, words.text("Money by province (CNY)"));
        for (int m = 0; m < MONEY.size(); m++) {
            Function<Counts, Number> value = values.get(m);
            Double[] amounts = order.stream().map(p -> value.apply(result.summary().byProvince().get(p))
                    .doubleValue()).toArray(Double[]::new);
            data.addSeries(XDDFDataSourcesFactory.fromArray(names, range(sheet, 0, 2, provinces + 1)),
                    XDDFDataSourcesFactory.fromArray(amounts, range(sheet, headers.indexOf(MONEY.get(m)), 2,
                            provinces + 1))).setTitle(words.text(MONEY.get(m)), null);
            fill(data, m);
        }
        chart.plot(data);
    }

    private static void cases(XSSFChart chart, AuditResult result, Words words, String sheet, int from, int to) {
        Map<EntityKind, long[]> byKind = casesByKind(result);
        String[] kinds = byKind.keySet().stream().map(words::code).toArray(String[]::new);
        XDDFBarChartData data = bars(chart, words.text("Cases by kind of entity and cause"));
        for (int c = 0; c < CASE_HEADERS.size() - 1; c++) {
            int cause = c;
            Long[] counts = byKind.values().stream().map(v -> v[cause]).toArray(Long[]::new);
            data.addSeries(XDDFDataSourcesFactory.fromArray(kinds, range(sheet, 0, from, to)),
                    XDDFDataSourcesFactory.fromArray(counts, range(sheet, c + 1, from, to)))
                    .setTitle(words.text(CASE_HEADERS.get(c + 1)), null);
            fill(data, c);
        }
        chart.plot(data);
    }

    private static final PresetColor[] COLORS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.FOREST_GREEN, PresetColor.GOLDENROD};

    /** A series' bars in a solid colour of their own (without one, a viewer may draw them unfilled). */
    private static void fill(XDDFBarChartData data, int index) {
        data.getSeries(index).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLORS[index])));
    }

    /** An empty column chart with its title, axes and legend. */
    private static XDDFBarChartData bars(XSSFChart chart, String title) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        return data;
    }
}
