package io.miningaudit.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook form: one sheet per table, named as the table, field names in the first row. Every value keeps
 * its sheet and cell. Sheets are read as a stream of XML events, row by row, so a table of a million rows takes no
 * more memory than one row. A hostile file is refused, not expanded: POI's zip-bomb guard (entries that inflate more
 * than a hundredfold, or past a size limit) stays on, and the XML parsers are POI's, which resolve no external
 * entities and refuse a document type declaration.
 */
public final class WorkbookReader implements FormReader {
    /** The least compressed size an entry may have relative to its expanded size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest expanded size of one entry of the workbook (a sheet's XML). */
    static final long MAX_ENTRY_SIZE = 2L << 30;
    /** A sheet of explanations, which the reader passes over like hidden sheets. */
    public static final String README = "README";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    /** A sheet as the workbook lists it. */
    private record SheetRef(String name, String relationId, boolean hidden) {
    }

    /** Reads the sheets of the tables the filter takes into {@code raw}. */
    @Override
    public void read(Path path, TableFilter filter, RawCase raw) {
        String shown = raw.file();
        raw.top(new Location.Text(shown, 0, 0));
        try {
            if (filter.shape() && !plainXml(path, raw)) {
                return;
            }
        } catch (SAXException | ParserConfigurationException e) {
            raw.unparseable(new Problem(new Location.Text(shown, 0, 0), "", "not a readable workbook: " + why(e)));
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Workbook workbook = workbook(reader);
            SharedStrings strings = null;
            StylesTable styles = null;
            for (int s = 0; s < workbook.sheets().size(); s++) {
                SheetRef sheet = workbook.sheets().get(s);
                // The template's explanation and its hidden lists of allowed values are not tables.
                if (sheet.hidden() || README.equalsIgnoreCase(sheet.name())) {
                    continue;
                }
                String table = tableOf(sheet.name());
                String sheetShown = Values.name(sheet.name());
                if (!filter.route(table, new Location.Cell(shown, s, sheetShown, -1, 0), " (sheet)", raw)) {
                    continue;
                }
                if (strings == null) {
                    strings = new ReadOnlySharedStringsTable(pkg, false);
                    styles = reader.getStylesTable();
                }
                try (InputStream in = reader.getSheet(sheet.relationId())) {
                    parse(in, new SheetHandler(raw, table, s, sheetShown, strings, styles, workbook.date1904()));
                } catch (SAXParseException e) {
                    raw.unparseable(new Problem(new Location.Cell(shown, s, sheetShown, -1, 0), table,
                            "not a readable sheet: " + Values.oneLine(String.valueOf(e.getMessage())) + " (line "
                                    + e.getLineNumber() + ", column " + e.getColumnNumber() + " of its XML)"));
                    return;
                } catch (Unreadable e) {
                    raw.unparseable(e.problem);
                    return;
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            raw.unparseable(new Problem(new Location.Text(shown, 0, 0), "", "not a readable workbook: " + why(e)));
        }
    }

    /**
     * Why a workbook could not be read, in one line: POI's message, and the XML parser's beneath it where POI's says
     * only that a part could not be read ("Can't read content types part !").
     */
    private static String why(Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXException && cause.getMessage() != null && !why.contains(cause.getMessage())) {
                why = why + ": " + cause.getMessage();
                break;
            }
        }
        return Values.oneLine(why);
    }

    /**
     * Whether every XML part of the workbook is plain XML: a part that declares a document type is refused by name,
     * even one POI passes over when it cannot parse it (the document properties) or refuses without saying why (the
     * content types), since no workbook needs one. The parts are read from the zip through POI's zip-bomb guard, and
     * of each only the prolog, where a document type stands. A file that is no zip is left for POI to describe.
     */
    private static boolean plainXml(Path path, RawCase raw) throws SAXException, ParserConfigurationException {
        try (ZipSecureFile zip = new ZipSecureFile(path.toFile())) {
            for (var e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes)
                            throws SAXException {
                        throw new PrologRead();
                    }
                });
                try (InputStream in = zip.getInputStream(entry)) {
                    xml.parse(new InputSource(in));
                } catch (PrologRead read) {
                    continue;
                } catch (SAXParseException refused) {
                    raw.unparseable(new Problem(new Location.Text(raw.file(), 0, 0), "", "not a readable workbook: "
                            + Values.name(name) + ": " + Values.oneLine(String.valueOf(refused.getMessage()))));
                    return false;
                }
            }
        } catch (IOException e) {
            // Not a zip, or a zip bomb: POI, which reads it next, says which.
            return true;
        }
        return true;
    }

    /** Stops reading a part once its root element begins: the prolog, where a document type stands, is read. */
    private static final class PrologRead extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** A sheet's XML that cannot be read as cells (a cell reference, a row number or a string index that is none). */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** The table a sheet holds: its name, or the name before a continuation's " (2)", " (3)", … */
    private static String tableOf(String sheet) {
        int open = sheet.lastIndexOf(" (");
        if (open > 0 && sheet.endsWith(")") && open + 2 < sheet.length() - 1) {
            for (int i = open + 2; i < sheet.length() - 1; i++) {
                if (sheet.charAt(i) < '0' || sheet.charAt(i) > '9') {
                    return sheet;
                }
            }
            String table = sheet.substring(0, open);
            return CaseSchema.isTable(table) ? table : sheet;
        }
        return sheet;
    }

    private record Workbook(List<SheetRef> sheets, boolean date1904) {
    }

    /** The sheets in the workbook's order, whether each is hidden, and the workbook's date system. */
    private static Workbook workbook(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        List<SheetRef> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (!MAIN_NS.equals(uri)) {
                        return;
                    }
                    if ("sheet".equals(localName)) {
                        String state = attributes.getValue("state");
                        sheets.add(new SheetRef(attributes.getValue("name"), attributes.getValue(REL_NS, "id"),
                                "hidden".equals(state) || "veryHidden".equals(state)));
                    } else if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        date1904[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
        }
        return new Workbook(sheets, date1904[0]);
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /**
     * Turns one sheet's XML events into records: the first row names the fields, each later row is a record. The header
     * must be the first row and name each column once, in text; a value in a column it does not name is reported.
     */
    private static final class SheetHandler extends DefaultHandler {
        /** The largest row number a sheet may have (Excel's). */
        private static final int MAX_ROWS = 1 << 20;

        private final RawCase raw;
        private final String table;
        private final int sheetIndex;
        private final String sheetName;
        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        /** The serials of the first day a case may hold and of the day after its last. */
        private final double firstSerial;
        private final double endSerial;

        /** The field each column names, once the header row is read; a column absent has no name. */
        private Map<Integer, String> columns;
        /** Columns whose header is wrong (reported): their values are passed over. */
        private final Set<Integer> badColumns = new HashSet<>();
        /** Columns without a name whose value was reported: once a column. */
        private final Set<Integer> unnamedSeen = new HashSet<>();
        private boolean headerMissing;
        private boolean rowHasValue;
        private final Map<String, Location> names = new LinkedHashMap<>();
        private Map<String, RawValue> fields;
        private int row = -1;
        private int column;
        private String type;
        private int style;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private boolean hasValue;

        SheetHandler(RawCase raw, String table, int sheetIndex, String sheetName, SharedStrings strings,
                     StylesTable styles, boolean date1904) {
            this.raw = raw;
            this.table = table;
            this.sheetIndex = sheetIndex;
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.firstSerial = DateUtil.getExcelDate(CaseSchema.FIRST_DAY, date1904);
            this.endSerial = DateUtil.getExcelDate(CaseSchema.LAST_DAY.plusDays(1), date1904);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : number(r, 1, MAX_ROWS, "row number", false) - 1;
                    column = -1;
                    fields = new LinkedHashMap<>();
                    rowHasValue = false;
                    if (columns == null && row != 0) {
                        // The header is the first row, or there is none: a later row taken for it would shift every
                        // field of the sheet.
                        columns = new HashMap<>();
                        headerMissing = true;
                    }
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : number(s, 0, Integer.MAX_VALUE, "style index", true);
                    text.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                default -> {
                    // Formulas (their cached value is in <v>), rich-text runs and the rest carry no value of their own.
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> endRow();
                default -> {
                    // Nothing to do at the end of the other elements.
                }
            }
        }

        private Location.Cell here() {
            return new Location.Cell(raw.file(), sheetIndex, sheetName, Math.max(row, 0), Math.max(column, 0));
        }

        /** A number of the sheet's XML (a row number, a style index) within its bounds, or a located refusal. */
        private int number(String s, int min, int max, String what, boolean atCell) {
            int value = -1;
            if (!s.isEmpty() && s.length() <= 10) {
                long v = 0;
                for (int i = 0; i < s.length() && v >= 0; i++) {
                    char c = s.charAt(i);
                    v = c >= '0' && c <= '9' ? v * 10 + (c - '0') : -1;
                }
                value = v >= min && v <= max ? (int) v : -1;
            }
            if (value < 0) {
                Location at = atCell ? here() : new Location.Cell(raw.file(), sheetIndex, sheetName, -1, 0);
                throw new Unreadable(new Problem(at, table, "not a readable sheet: the " + what + " "
                        + Values.shown(s) + " is not one"));
            }
            return value;
        }

        private int column(String reference) {
            int col = 0;
            int letters = 0;
            while (letters < reference.length() && reference.charAt(letters) >= 'A' && reference.charAt(letters) <= 'Z'
                    && letters < 3) {
                col = col * 26 + (reference.charAt(letters) - 'A' + 1);
                letters++;
            }
            if (letters == 0 || col > 16_384) {
                throw new Unreadable(new Problem(new Location.Cell(raw.file(), sheetIndex, sheetName, Math.max(row, 0),
                        0),
                        table, "not a readable sheet: the cell reference " + Values.shown(reference) + " is not one"));
            }
            return col - 1;
        }

        private void cell() {
            if (!hasValue) {
                return;
            }
            Location at = new Location.Cell(raw.file(), sheetIndex, sheetName, row, column);
            if (columns == null) {
                headerCell(at);
                return;
            }
            String field = columns.get(column);
            RawValue value = value(at);
            if (value == null) {
                return;
            }
            rowHasValue = true;
            if (field != null) {
                fields.put(field, value);
            } else if (!badColumns.contains(column) && !headerMissing && unnamedSeen.add(column)) {
                raw.problem(new Problem(at, table + "[" + raw.count(table) + "]", "a value in column "
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(column)
                        + ", which has no field name"));
            }
        }

        /** A cell of the header row: a text names a field; any other value is reported, and so is a name used twice. */
        private void headerCell(Location at) {
            RawValue value = value(at);
            if (value == null) {
                return;
            }
            if (value.kind() != RawValue.Kind.STRING) {
                raw.problem(new Problem(at, table, "a field name must be text, not " + value.shown()));
                badColumns.add(column);
                return;
            }
            String name = value.text().trim();
            Location first = names.putIfAbsent(name, at);
            if (first != null) {
                raw.problem(new Problem(at, table, "two columns are named " + Values.shown(name) + " (columns "
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(((Location.Cell) first).column())
                        + " and " + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + ")"));
                badColumns.add(column);
                return;
            }
            fields.put(name, RawValue.scalar(RawValue.Kind.STRING, name, at));
        }

        /** A cell as text, the way the other forms write it: dates ISO, numbers exact and plain, booleans as words. */
        private RawValue value(Location at) {
            String v = text.toString();
            if (type == null || "n".equals(type)) {
                String number = v.trim();
                if (number.isEmpty()) {
                    return null;
                }
                boolean date = isDateStyle(style);
                if (!Values.isPlainDecimal(number) || number.length() > CaseSchema.MAX_TEXT) {
                    // Not a number Excel writes (0x1p3, NaN): the binder reports it as the cell holds it.
                    return RawValue.scalar(date ? RawValue.Kind.DATE_CELL : RawValue.Kind.NUMBER_CELL, number, at);
                }
                double serial = Double.parseDouble(number);
                if (date) {
                    // Only a serial of a day a case may hold is a date: 1e300 would read as 1899-12-31.
                    return RawValue.scalar(RawValue.Kind.DATE_CELL, serial >= firstSerial && serial < endSerial
                            ? DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString() : number, at);
                }
                // A number past the limits is shown as the cell holds it (1.0E300), not as three hundred digits.
                return RawValue.scalar(RawValue.Kind.NUMBER_CELL, Math.abs(serial) < 1e15 ? plain(serial) : number, at);
            }
            return switch (type) {
                case "s" -> string(sharedString(v), at);
                case "inlineStr", "str" -> string(v, at);
                case "b" -> RawValue.scalar(RawValue.Kind.BOOLEAN,
                        "1".equals(v.trim()) ? "true" : "0".equals(v.trim()) ? "false" : v.trim(), at);
                case "d" -> RawValue.scalar(RawValue.Kind.DATE_CELL,
                        v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v.trim(), at);
                case "e" -> RawValue.scalar(RawValue.Kind.OBJECT, "", at);
                default -> null;
            };
        }

        private String sharedString(String index) {
            int i = number(index.trim(), 0, Integer.MAX_VALUE, "shared string index", true);
            try {
                return strings.getItemAt(i).getString();
            } catch (RuntimeException e) {
                throw new Unreadable(new Problem(here(), table, "not a readable sheet: the cell names shared string "
                        + i + ", which the workbook does not hold"));
            }
        }

        private static RawValue string(String s, Location at) {
            return s.isBlank() ? null : RawValue.scalar(RawValue.Kind.STRING, s, at);
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }

        private void endRow() {
            if (columns == null) {
                columns = new HashMap<>();
                headerMissing = fields.isEmpty() && badColumns.isEmpty();
                for (RawValue name : fields.values()) {
                    columns.put(((Location.Cell) name.location()).column(), name.text());
                }
                return;
            }
            if (headerMissing) {
                if (rowHasValue && unnamedSeen.add(-1)) {
                    raw.problem(new Problem(new Location.Cell(raw.file(), sheetIndex, sheetName, 0, 0), table,
                            "the first row must name the fields, but it is empty"));
                }
                return;
            }
            if (fields.isEmpty()) {
                return;
            }
            // Every row shares the header's map of where each name stands.
            raw.add(new RawRecord(table, raw.count(table), new Location.Cell(raw.file(), sheetIndex, sheetName, row, 0),
                    fields, names));
        }
    }

    /** The shortest decimal that is the cell's number: 0.538 stays 0.538, 30 stays 30. */
    private static String plain(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
