// Used by scripts/startup: sets the basis cell (column D) of the parameter table's first row to a new text, as an
// analyst editing the workbook would. Run as a single-file program: java -cp target/mining-audit.jar TableEdit.java
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

public class TableEdit {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            var cell = wb.getSheetAt(0).getRow(8).getCell(3);
            cell.setCellValue(cell.getStringCellValue().replaceAll(" \\[edit.*\\]$", "") + " [" + args[1] + "]");
            wb.write(out);
        }
    }
}
