package org.accord.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX workbook written as it goes (Office Open XML: a zip of a few XML
 * parts), so that a long list never sits in memory. Numbers are numbers, everything else
 * inline text; dates stay ISO text, as the lists show them.
 */
final class XlsxWriter implements TableFormat.TableWriter {

	private final ZipOutputStream zip;

	private final Writer sheet;

	private int rowNumber;

	XlsxWriter(OutputStream out) throws IOException {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		part("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/worksheets/sheet1.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
				</Types>""");
		part("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="xl/workbook.xml"/></Relationships>""");
		part("xl/workbook.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
				<sheets><sheet name="Accord" sheetId="1" r:id="rId1"/></sheets></workbook>""");
		part("xl/_rels/workbook.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
				Target="worksheets/sheet1.xml"/></Relationships>""");
		this.zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
		this.sheet = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
		this.sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
	}

	private void part(String name, String xml) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(xml.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	@Override
	public void row(List<Object> values) throws IOException {
		this.rowNumber++;
		this.sheet.write("<row r=\"" + this.rowNumber + "\">");
		for (Object value : values) {
			if (value instanceof Number number) {
				this.sheet.write("<c t=\"n\"><v>" + number + "</v></c>");
			}
			else if (value != null) {
				String text = (value instanceof TemporalAccessor) ? value.toString() : String.valueOf(value);
				this.sheet.write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
			}
			else {
				this.sheet.write("<c/>");
			}
		}
		this.sheet.write("</row>");
	}

	/** XML-escaped, without the characters XML 1.0 cannot hold at all. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	@Override
	public void close() throws IOException {
		this.sheet.write("</sheetData></worksheet>");
		this.sheet.flush();
		this.zip.closeEntry();
		this.zip.finish();
	}

}
