package io.miningaudit.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook form: one sheet per table, named as the table, field names in the first row. Every value keeps
 * its sheet and cell. Sheets are read as a stream of XML events, row by row, so a table of a million rows takes no
 * more memory than one row. A hostile file is refused, not expanded: POI's zip-bomb guard (entries that inflate more
 * than a hundredfold, or past a size limit) stays on, and the XML parsers are POI's, which resolve no external
 * entities and refuse a document type declaration.
 */
public final class WorkbookReader {
    /** The least compressed size an entry may have relative to its expanded size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest expanded size of one entry of the workbook (a sheet's XML). */
    static final long MAX_ENTRY_SIZE = 2L << 30;
    /** A sheet of explanations, which the reader passes over like hidden sheets. */
    public static final String README = "README";
    /** A table too long for one sheet goes on in {@code <table> (2)}, {@code <table> (3)}, … */
    private static final Pattern CONTINUED = Pattern.compile("^(.+) \\((\\d+)\\)$");
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    RawCase read(Path path, String shown) {
        RawCase raw = new RawCase(shown);
        read(path, TableFilter.all(), raw);
        return raw;
    }

    /** A sheet as the workbook lists it. */
    private record SheetRef(String name, String relationId, boolean hidden) {
    }

    /** Reads the sheets of the tables the filter takes into {@code raw}. */
    void read(Path path, TableFilter filter, RawCase raw) {
        String shown = raw.file();
        raw.top(new Location.Text(shown, 0, 0));
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
                String table = sheet.name();
                Matcher continued = CONTINUED.matcher(table);
                if (continued.matches() && CaseSchema.isTable(continued.group(1))) {
                    table = continued.group(1);
                }
                if (!CaseSchema.isTable(table)) {
                    if (filter.shape()) {
                        raw.problem(new Problem(new Location.Cell(shown, s, sheet.name(), -1, 0), table,
                                "unknown table (sheet)" + Suggestions.didYouMean(table, CaseSchema.tableNames())));
                    }
                    continue;
                }
                if (filter.shape()) {
                    raw.touch(table);
                }
                if (!filter.reads(table)) {
                    continue;
                }
                if (strings == null) {
                    strings = new ReadOnlySharedStringsTable(pkg, false);
                    styles = reader.getStylesTable();
                }
                try (InputStream in = reader.getSheet(sheet.relationId())) {
                    parse(in, new SheetHandler(raw, table, s, sheet.name(), strings, styles, workbook.date1904()));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\n")[0];
            raw.unparseable(new Problem(new Location.Text(shown, 0, 0), "", "not a readable workbook: " + why));
        }
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

    /** Turns one sheet's XML events into records: the first row names the fields, each later row is a record. */
    private static final class SheetHandler extends DefaultHandler {
        private final RawCase raw;
        private final String table;
        private final int sheetIndex;
        private final String sheetName;
        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();

        private Map<Integer, String> columns;
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
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    fields = new LinkedHashMap<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
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

        private void cell() {
            if (!hasValue) {
                return;
            }
            Location at = new Location.Cell(raw.file(), sheetIndex, sheetName, row, column);
            if (columns == null) {
                // The header row: a text cell names a field.
                String name = "s".equals(type) ? strings.getItemAt(Integer.parseInt(text.toString().trim())).getString()
                        : "inlineStr".equals(type) || "str".equals(type) ? text.toString() : null;
                if (name != null && !name.isBlank()) {
                    fields.put(name.trim(), RawValue.scalar(RawValue.Kind.STRING, name.trim(), at));
                }
                return;
            }
            String field = columns.get(column);
            if (field == null) {
                return;
            }
            RawValue value = value(at);
            if (value != null) {
                fields.put(field, value);
            }
        }

        /** A cell as text, the way the other forms write it: dates ISO, numbers exact and plain, booleans as words. */
        private RawValue value(Location at) {
            String v = text.toString();
            if (type == null || "n".equals(type)) {
                if (v.isBlank()) {
                    return null;
                }
                double number = Double.parseDouble(v.trim());
                if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                    return RawValue.scalar(RawValue.Kind.STRING,
                            DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString(), at);
                }
                return RawValue.scalar(RawValue.Kind.NUMBER, plain(number), at);
            }
            return switch (type) {
                case "s" -> string(strings.getItemAt(Integer.parseInt(v.trim())).getString(), at);
                case "inlineStr", "str" -> string(v, at);
                case "b" -> RawValue.scalar(RawValue.Kind.BOOLEAN, Boolean.toString("1".equals(v.trim())), at);
                case "d" -> string(v.length() >= 10 ? v.substring(0, 10) : v, at);
                case "e" -> RawValue.scalar(RawValue.Kind.OBJECT, "", at);
                default -> null;
            };
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
                columns = new LinkedHashMap<>();
                for (RawValue name : fields.values()) {
                    Location.Cell at = (Location.Cell) name.location();
                    columns.put(at.column(), name.text());
                    names.put(name.text(), at);
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
