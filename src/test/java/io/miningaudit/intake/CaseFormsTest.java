package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.generate.CaseFileWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same case as JSON, as a workbook and as a folder of CSV files gives the same facts and the same findings. */
class CaseFormsTest {
    @TempDir
    Path dir;

    private final CaseReader reader = new CaseReader(Clock.systemUTC());

    private CaseFile json(String example) throws Exception {
        return reader.read(Path.of("examples", example), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hainan-2021.json", "inner-mongolia-2022.json", "zhejiang-2021.json"})
    void aWorkbookAndACsvFolderReadToTheSameFactsAndFindingsAsJson(String example) throws Exception {
        CaseFile fromJson = json(example);
        Path xlsx = dir.resolve("case.xlsx");
        Path csv = dir.resolve("case-csv");
        CaseFileWriter.writeWorkbook(fromJson, xlsx);
        CaseFileWriter.writeCsvFolder(fromJson, csv);

        CaseFile fromWorkbook = reader.read(xlsx, null);
        CaseFile fromCsv = reader.read(csv, null);

        assertThat(fromJson.getEntities()).as("a comparison of empty cases would prove nothing").isNotEmpty();
        assertThat(fromWorkbook).isEqualTo(fromJson);
        assertThat(fromCsv).isEqualTo(fromJson);
        AuditResult audited = ShippedRules.audit(fromJson);
        assertThat(audited.findings()).isNotEmpty();
        assertThat(ShippedRules.audit(fromWorkbook).findings()).isEqualTo(audited.findings());
        assertThat(ShippedRules.audit(fromCsv).findings()).isEqualTo(audited.findings());
    }

    @Test
    void aTableContinuedOnFurtherSheetsReadsAsOne() throws Exception {
        CaseFile fromJson = json("hainan-2021.json");
        Path xlsx = dir.resolve("split.xlsx");
        // At most 3 rows a sheet: the 8 machines fill "machines", "machines (2)" … "machines (4)".
        CaseFileWriter.writeWorkbook(fromJson, xlsx, 3);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(wb.getSheet("machines (4)")).isNotNull();
            assertThat(wb.getSheet("machines (5)")).isNull();
        }
        assertThat(fromJson.getMachines()).hasSize(8);

        assertThat(reader.read(xlsx, null)).isEqualTo(fromJson);
    }

    @Test
    void aProblemOnAContinuationSheetNamesThatSheetAndTheRecordsIndexAcrossSheets() throws Exception {
        CaseFile fromJson = json("hainan-2021.json");
        Path xlsx = dir.resolve("split.xlsx");
        CaseFileWriter.writeWorkbook(fromJson, xlsx, 3);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            // machines (2) holds machines[2] and machines[3]; column C is kind. (POI does not overwrite the inline
            // string of a streamed cell in place: replace the cell.)
            var row = wb.getSheet("machines (2)").getRow(2);
            row.removeCell(row.getCell(2));
            row.createCell(2).setCellValue("ABACUS");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(xlsx, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(xlsx + " › machines (2) › C3: machines[3].kind:"
                + " \"ABACUS\" is not one of ASIC, GPU_RIG, PC, SERVER, NETWORK_DEVICE");
    }

    @Test
    void workbookProblemsNameTheSheetAndCell() throws Exception {
        Path xlsx = dir.resolve("bad.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            var c = wb.createSheet("case");
            c.createRow(0).createCell(0).setCellValue("id");
            c.getRow(0).createCell(1).setCellValue("asOf");
            c.createRow(1).createCell(0).setCellValue("wb");
            c.getRow(1).createCell(1).setCellValue("2021-12-14");
            var e = wb.createSheet("entities");
            String[] header = {"id", "name", "kind", "province", "colour"};
            String[] row = {"E1", "A firm", "FIRM", "Zhejiang", "red"};
            for (int i = 0; i < header.length; i++) {
                e.createRow(0).createCell(i);
            }
            var h = e.getRow(0);
            var r = e.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                r.createCell(i).setCellValue(row[i]);
            }
            wb.createSheet("entitys");
            wb.write(out);
        }

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(xlsx, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                xlsx + " › entities › E1: entities[0].colour: unknown field",
                xlsx + " › entities › C2: entities[0].kind: \"FIRM\" is not one of STATE_OWNED_ENTERPRISE,"
                        + " PUBLIC_INSTITUTION, PARTY_GOVERNMENT_AGENCY, PRIVATE_ENTERPRISE, INDIVIDUAL",
                xlsx + " › entitys: entitys: unknown table (sheet) (did you mean 'entities'?)");
    }

    @Test
    void aWorkbookHeaderIsTheFirstRowAndNamesEachColumnOnceInText() throws Exception {
        Path xlsx = dir.resolve("header.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            var c = wb.createSheet("case");
            row(c, 0, "id", "asOf");
            row(c, 1, "wb", "2021-12-14");
            var e = wb.createSheet("entities");
            row(e, 0, "id", "name", "kind", "province", "", "id");
            e.getRow(0).createCell(4).setCellValue(3);
            row(e, 1, "E1", "Firm", "PRIVATE_ENTERPRISE", "Zhejiang", "x", "E9", "", "stray");
            row(e, 2, "E2", "Other", "PRIVATE_ENTERPRISE", "Zhejiang", "", "", "", "stray too");
            // An empty first row: the header below it would have been taken, and every record of the sheet dropped.
            var a = wb.createSheet("accounts");
            a.createRow(0);
            row(a, 1, "id", "entityId", "province", "category", "billedRateCnyPerKwh");
            row(a, 2, "A1", "E1", "Zhejiang", "RESIDENTIAL", "0.5");
            wb.write(out);
        }

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(xlsx, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                xlsx + " › entities › E1: entities: a field name must be text, not the number cell 3",
                xlsx + " › entities › F1: entities: two columns are named \"id\" (columns A and F)",
                xlsx + " › entities › H2: entities[0]: a value in column H, which has no field name",
                xlsx + " › accounts › A1: accounts: the first row must name the fields, but it is empty");
    }

    @Test
    void aWorkbookCellMustBeOfItsFieldsKind() throws Exception {
        Path typed = dir.resolve("typed.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(typed)) {
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var c = wb.createSheet("case");
            row(c, 0, "id", "asOf");
            row(c, 1, "wb");
            // A date cell holding 1e300 read as 1899-12-31.
            c.getRow(1).createCell(1).setCellValue(1e300);
            c.getRow(1).getCell(1).setCellStyle(dateStyle);
            var e = wb.createSheet("entities");
            row(e, 0, "id", "name", "kind", "province", "dataCenter");
            row(e, 1, "", "", "PRIVATE_ENTERPRISE", "Zhejiang");
            e.getRow(1).createCell(0).setCellValue(1001);
            date(e.getRow(1), 1, java.time.LocalDate.of(2021, 12, 14), dateStyle);
            e.getRow(1).createCell(4).setCellValue(true);
            row(e, 2, "E2", "Other", "PRIVATE_ENTERPRISE", "Zhejiang");
            e.getRow(2).createCell(4).setCellValue(true);
            var a = wb.createSheet("accounts");
            row(a, 0, "id", "entityId", "province", "category", "billedRateCnyPerKwh");
            row(a, 1, "A1", "E2", "Zhejiang", "RESIDENTIAL");
            a.getRow(1).createCell(4).setCellValue(1e300);
            row(a, 2, "A2", "E2", "Zhejiang", "RESIDENTIAL");
            a.getRow(2).createCell(4).setCellValue(8);
            wb.write(out);
        }
        // A hexadecimal number, which Java's parser of doubles reads as 8.
        Path hex = dir.resolve("hex.xlsx");
        rewrite(typed, hex, "xl/worksheets/sheet3.xml", out -> out.write(entry(typed, "xl/worksheets/sheet3.xml")
                .replaceFirst("(<c r=\"E3\"[^>]*>)<v>8.0</v>", "$1<v>0x1p3</v>").getBytes(StandardCharsets.UTF_8)));
        // A bool cell holds 0 or 1; 2 and yes were read as false.
        Path xlsx = dir.resolve("kinds.xlsx");
        rewrite(hex, xlsx, "xl/worksheets/sheet2.xml", out -> out.write(entry(hex, "xl/worksheets/sheet2.xml")
                .replaceFirst("(<c r=\"E2\"[^>]*t=\"b\"[^>]*>)<v>1</v>", "$1<v>2</v>")
                .replaceFirst("(<c r=\"E3\"[^>]*t=\"b\"[^>]*>)<v>1</v>", "$1<v>yes</v>")
                .getBytes(StandardCharsets.UTF_8)));

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(xlsx, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                xlsx + " › case › B2: case.asOf: the date cell 1.0E300 is no day between 2000-01-01 and 2099-12-31",
                xlsx + " › entities › A2: entities[0].id: the number cell 1001 is not text",
                xlsx + " › entities › B2: entities[0].name: the date cell 2021-12-14 is not text",
                xlsx + " › entities › E2: entities[0].dataCenter: 2 is not true or false",
                xlsx + " › entities › E3: entities[1].dataCenter: yes is not true or false",
                xlsx + " › accounts › E2: accounts[0].billedRateCnyPerKwh: the number cell 1.0E300 is larger than"
                        + " 10^12, the most a decimal may be",
                xlsx + " › accounts › E3: accounts[1].billedRateCnyPerKwh: the number cell 0x1p3 is not a decimal"
                        + " number");
    }

    @Test
    void aWorkbookPartThatDeclaresADoctypeIsRefusedByNameAndNothingIsLogged() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        Path doctype = dir.resolve("doctype.xlsx");
        CaseFileWriter.writeWorkbook(json("hainan-2021.json"), plain);
        // POI passes over document properties it cannot parse, and logs the parser's refusal with a stack trace.
        rewrite(plain, doctype, "docProps/core.xml", out -> out.write(entry(plain, "docProps/core.xml")
                .replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a \"b\">]>").getBytes(StandardCharsets.UTF_8)));
        var err = new java.io.ByteArrayOutputStream();
        var stderr = System.err;
        CaseDataException e;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                    () -> reader.read(doctype, null));
        } finally {
            System.setErr(stderr);
        }

        assertThat(e.problems()).map(Problem::toString).containsExactly(doctype + ": not a readable workbook:"
                + " docProps/core.xml: DOCTYPE is disallowed when the feature"
                + " \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSheetThatIsNotUtf8IsRefusedAtTheSheet() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        Path latin1 = dir.resolve("latin1.xlsx");
        CaseFileWriter.writeWorkbook(json("hainan-2021.json"), plain);
        byte[] sheet = entry(plain, "xl/worksheets/sheet2.xml").getBytes(StandardCharsets.UTF_8);
        int text = new String(sheet, StandardCharsets.ISO_8859_1).indexOf("<t>") + 3;
        rewrite(plain, latin1, "xl/worksheets/sheet2.xml", out -> {
            out.write(sheet, 0, text);
            out.write(0xE9);
            out.write(sheet, text, sheet.length - text);
        });

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(latin1, null));

        assertThat(e.problems()).map(Problem::toString).singleElement().asString()
                .startsWith(latin1 + " › entities: entities: not a readable sheet: ").contains("UTF-8")
                .endsWith(" of its XML)");
    }

    /** The text of one entry of a zip. */
    private static String entry(Path zip, String name) throws java.io.IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); var in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void csvProblemsNameTheFileAndLine() throws Exception {
        Path folder = csvFolder("id,name,kind,province,preferences\n"
                + "E1,\"Firm, Ltd.\",PRIVATE_ENTERPRISE,Zhejiang,TAX;LAND\n"
                + "E2,Other,PRIVATE_ENTERPRISE,Zhejiang,TAX;FREE_LUNCH\n");

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(folder, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(folder.resolve("entities.csv")
                + ":3: entities[1].preferences: \"FREE_LUNCH\" is not one of ELECTRICITY_PRICE, WATER_PRICE, TAX,"
                + " RENT, LAND");
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedAtItsLine() throws Exception {
        Path folder = csvFolder(("id,name,kind,province\n"
                + "E1,Firm,PRIVATE_ENTERPRISE,Zhejiang\n"
                + "E2,Caf\u00e9,PRIVATE_ENTERPRISE,Zhejiang\n").getBytes(StandardCharsets.ISO_8859_1));

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(folder, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(folder.resolve("entities.csv")
                + ":3: entities: not parseable: not valid UTF-8 (the byte 0xE9)");
    }

    @Test
    void aTableFileThatIsAFolderAPipeOrALinkLoopIsReportedNotPassedOver() throws Exception {
        Path folder = csvFolder("id,name,kind,province\nE1,Firm,PRIVATE_ENTERPRISE,Zhejiang\n");
        Files.createDirectories(folder.resolve("accounts.csv"));
        Files.createSymbolicLink(folder.resolve("persons.csv"), folder.resolve("persons.csv"));
        // A named pipe would block the reading until something writes to it.
        boolean pipe = new ProcessBuilder("mkfifo", folder.resolve("machines.csv").toString()).start().waitFor() == 0;

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(folder, null));

        var expected = new java.util.ArrayList<>(java.util.List.of(
                folder.resolve("accounts.csv") + ": accounts: is a folder, not a file",
                folder.resolve("persons.csv") + ": persons: is a link that leads nowhere (a loop of links or a missing"
                        + " file)"));
        if (pipe) {
            expected.add(1, folder.resolve("machines.csv") + ": machines: is not a regular file (a device, a pipe or a"
                    + " socket)");
        }
        assertThat(e.problems()).map(Problem::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void aCsvHeaderNamesEachColumnOnceAndAValueNeedsANamedColumn() throws Exception {
        Path folder = csvFolder("id,name,kind,province,id,,city\n"
                + "E1,Firm,PRIVATE_ENTERPRISE,Zhejiang,E9,x,Hangzhou\n"
                + "E2,Other,PRIVATE_ENTERPRISE,Zhejiang,,y,\n");

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(folder, null));

        // Which of two columns named "id" holds the id is unknown: the second is passed over, and reported.
        assertThat(e.problems()).map(Problem::toString).containsExactly(
                folder.resolve("entities.csv") + ":1: entities: two columns are named \"id\" (columns 1 and 5)",
                folder.resolve("entities.csv") + ":2: entities[0]: a value in column 6, which has no field name");
    }

    @Test
    void aCsvParsersOwnLimitIsReportedAtItsLine() throws Exception {
        Path folder = csvFolder("id,name,kind,province\nE1,Firm,PRIVATE_ENTERPRISE,Zhejiang\nE2,\""
                + "x".repeat(20_000_001) + "\",PRIVATE_ENTERPRISE,Zhejiang\n");

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(folder, null));

        assertThat(e.problems()).map(Problem::toString).singleElement().asString()
                .startsWith(folder.resolve("entities.csv") + ":3: entities: not parseable: String value length");
    }

    /** A folder of CSV files: a case record, and entities.csv as given. */
    private Path csvFolder(String entities) throws java.io.IOException {
        return csvFolder(entities.getBytes(StandardCharsets.UTF_8));
    }

    private Path csvFolder(byte[] entities) throws java.io.IOException {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("case.csv"), "id,asOf\ncsv-case,2021-12-14\n");
        Files.write(folder.resolve("entities.csv"), entities);
        return folder;
    }

    @Test
    void aWorkbookTypedInExcelReadsLikeText() throws Exception {
        // As an inspector's Excel writes it: shared strings, real date cells, numbers, a boolean, a formula with its
        // cached result, a hidden sheet and a continuation sheet.
        Path xlsx = dir.resolve("typed.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var c = wb.createSheet("case");
            row(c, 0, "id", "asOf");
            c.createRow(1).createCell(0).setCellValue("typed-case");
            date(c.getRow(1), 1, java.time.LocalDate.of(2022, 6, 30), dateStyle);
            var e = wb.createSheet("entities");
            row(e, 0, "id", "name", "kind", "province", "dataCenter");
            row(e, 1, "E1", "Mine Co", "PRIVATE_ENTERPRISE", "Sichuan");
            e.getRow(1).createCell(4).setCellValue(true);
            var a = wb.createSheet("accounts");
            row(a, 0, "id", "entityId", "province", "category", "billedRateCnyPerKwh");
            row(a, 1, "A1", "E1", "Sichuan", "LARGE_INDUSTRIAL");
            a.getRow(1).createCell(4).setCellValue(0.538);
            var k = wb.createSheet("consumption");
            row(k, 0, "accountId", "from", "to", "kwh");
            row(k, 1, "A1");
            date(k.getRow(1), 1, java.time.LocalDate.of(2022, 1, 1), dateStyle);
            date(k.getRow(1), 2, java.time.LocalDate.of(2022, 1, 31), dateStyle);
            k.getRow(1).createCell(3).setCellFormula("1000+234.5");
            var k2 = wb.createSheet("consumption (2)");
            row(k2, 0, "accountId", "from", "to", "kwh");
            row(k2, 1, "A1", "2022-02-01", "2022-02-28");
            k2.getRow(1).createCell(3).setCellValue(30);
            wb.createSheet("notes");
            wb.setSheetHidden(wb.getSheetIndex("notes"), true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        CaseFile facts = reader.read(xlsx, null);

        assertThat(facts.getCaseInfo().getAsOf()).isEqualTo("2022-06-30");
        assertThat(facts.getEntities().get(0).isDataCenter()).isTrue();
        assertThat(facts.getAccounts().get(0).getBilledRateCnyPerKwh()).isEqualByComparingTo("0.538")
                .hasToString("0.538");
        assertThat(facts.getConsumption()).extracting(x -> x.getFrom() + ".." + x.getTo() + " " + x.getKwh())
                .containsExactly("2022-01-01..2022-01-31 1234.5", "2022-02-01..2022-02-28 30");
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int r, String... values) {
        var row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void date(org.apache.poi.ss.usermodel.Row row, int column, java.time.LocalDate day,
                             org.apache.poi.ss.usermodel.CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    @Test
    void aZipBombWorkbookIsRefusedNotExpanded() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Path plain = dir.resolve("plain.xlsx");
        CaseFileWriter.writeWorkbook(json("hainan-2021.json"), plain);
        // The first sheet becomes 200 MB of blanks that compress to a few hundred kB.
        rewrite(plain, bomb, "xl/worksheets/sheet1.xml", out -> {
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(bomb, null));

        assertThat(e.problems()).singleElement().asString().startsWith(bomb + ": not a readable workbook: ")
                .containsIgnoringCase("zip bomb");
    }

    @Test
    void aWorkbookWithAnExternalEntityIsRefusedAndTheEntityIsNotRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path plain = dir.resolve("plain.xlsx");
        Path xxe = dir.resolve("xxe.xlsx");
        CaseFileWriter.writeWorkbook(json("hainan-2021.json"), plain);
        rewrite(plain, xxe, "xl/sharedStrings.xml", out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE sst ["
                + "<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>&e;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8)));

        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class,
                () -> reader.read(xxe, null));

        assertThat(e).isNotNull();
        assertThat(e.problems()).map(Problem::toString).noneMatch(p -> p.contains("TOP-SECRET-CONTENT"));
    }

    interface Body {
        void write(OutputStream out) throws Exception;
    }

    /** A copy of a zip with one entry's content replaced. */
    private static void rewrite(Path from, Path to, String entryName, Body body) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    body.write(out);
                } else {
                    try (var in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
