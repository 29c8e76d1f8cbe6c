package io.miningaudit.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, each created once and reused (a workbook holds at most 64,000 styles). */
final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle money;
    final CellStyle kwh;
    final CellStyle count;
    final CellStyle quantity;
    final CellStyle rate;
    final CellStyle exactMoney;
    /** Long text, wrapped within its column, aligned to the top of its row. */
    final CellStyle wrapped;
    final CellStyle bold;
    /** A cell that links to another sheet's row: blue and underlined, as spreadsheets show links. */
    final CellStyle link;
    /**
     * A TRUE or FALSE cell's style, with a number format that shows 1 and 0 as TRUE and FALSE: LibreOffice reads a
     * boolean cell as a number and showed some as 0 (Excel shows a boolean cell as TRUE or FALSE whatever its format).
     */
    final CellStyle flag;

    Styles(Workbook wb) {
        this(wb, "CNY");
    }

    /** With the currency written after amounts as the report's language has it ({@code CNY}, {@code 元}). */
    Styles(Workbook wb, String currency) {
        String unit = "\" " + currency.replace("\"", "") + "\"";
        var formats = wb.createDataFormat();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        date = wb.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        money = wb.createCellStyle();
        money.setDataFormat(formats.getFormat("#,##0.00" + unit));
        kwh = wb.createCellStyle();
        kwh.setDataFormat(formats.getFormat("#,##0.000"));
        flag = wb.createCellStyle();
        flag.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        flag.setDataFormat(formats.getFormat("\"TRUE\";\"TRUE\";\"FALSE\""));
        count = wb.createCellStyle();
        count.setDataFormat(formats.getFormat("#,##0"));
        quantity = wb.createCellStyle();
        quantity.setDataFormat(formats.getFormat("#,##0.###"));
        rate = wb.createCellStyle();
        rate.setDataFormat(formats.getFormat("0.00####"));
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(linkFont);
        exactMoney = wb.createCellStyle();
        exactMoney.setDataFormat(formats.getFormat("#,##0.0000" + unit));
    }
}
