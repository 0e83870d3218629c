package org.accord.importing;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook (Office Open XML), read as it streams: the shared
 * strings are held (they are the workbook's text), the rows are not. No DTDs and no
 * external entities are read. Numbers come as plain decimal text ("2024", not "2024.0").
 */
final class XlsxReader implements TableReader {

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	/** Shared text beyond this many characters is a zip bomb, not a spreadsheet. */
	private static final long MAX_SHARED_CHARACTERS = 20_000_000;

	/**
	 * More shared strings than this (each costs memory even when empty) is not a list.
	 */
	static final int MAX_SHARED_STRINGS = 1_000_000;

	/** Characters in one cell, as for CSV. */
	static final int MAX_CELL = CsvReader.MAX_FIELD;

	/** Bytes one part of the workbook may unpack to. */
	static final long MAX_ENTRY_BYTES = 250L * 1024 * 1024;

	/**
	 * Bytes all parts together may unpack to (each is read twice: workbook, then sheet).
	 */
	static final long MAX_TOTAL_BYTES = 400L * 1024 * 1024;

	/** Parts in a workbook; a list has a dozen. */
	static final int MAX_ENTRIES = 1000;

	/** Digits and exponent a spreadsheet number can have (Excel: 15 digits, 1E308). */
	private static final int MAX_NUMBER_DIGITS = 40;

	private static final int MAX_EXPONENT = 400;

	private long unpacked;

	private final List<String> shared = new ArrayList<>();

	private final ZipInputStream zip;

	private final XMLStreamReader sheet;

	XlsxReader(byte[] content) {
		try {
			String sheetPath = readWorkbook(content);
			this.zip = bounded(new ByteArrayInputStream(content));
			this.sheet = open(this.zip, sheetPath);
		}
		catch (IOException | XMLStreamException | IllegalArgumentException ex) {
			throw new ImportRefused("import.refused.notXlsx");
		}
	}

	/** Reads the shared strings and finds the first sheet's part. */
	private String readWorkbook(byte[] content) throws IOException, XMLStreamException {
		String firstSheetId = null;
		Map<String, String> targets = new HashMap<>();
		boolean workbook = false;
		try (ZipInputStream in = bounded(new ByteArrayInputStream(content))) {
			int entries = 0;
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (++entries > MAX_ENTRIES) {
					throw new ImportRefused("import.refused.bomb");
				}
				switch (entry.getName()) {
					case "xl/workbook.xml" -> {
						workbook = true;
						XMLStreamReader xml = XML.createXMLStreamReader(unclosable(in));
						while (xml.hasNext() && firstSheetId == null) {
							if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
								firstSheetId = attribute(xml, "id");
							}
						}
					}
					case "xl/_rels/workbook.xml.rels" -> {
						XMLStreamReader xml = XML.createXMLStreamReader(unclosable(in));
						while (xml.hasNext()) {
							if (xml.next() == XMLStreamConstants.START_ELEMENT
									&& "Relationship".equals(xml.getLocalName())) {
								targets.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
							}
						}
					}
					case "xl/sharedStrings.xml" -> readSharedStrings(in);
					default -> {
					}
				}
			}
		}
		if (!workbook) {
			throw new ImportRefused("import.refused.notXlsx");
		}
		String target = (firstSheetId != null) ? targets.get(firstSheetId) : null;
		if (target == null) {
			return "xl/worksheets/sheet1.xml";
		}
		return target.startsWith("/") ? target.substring(1) : "xl/" + target;
	}

	/**
	 * The XML parser closes its stream at the end of a part; the zip's next part must
	 * stay readable.
	 */
	private static InputStream unclosable(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public void close() {
			}
		};
	}

	private static String attribute(XMLStreamReader xml, String localName) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (localName.equals(xml.getAttributeLocalName(i))) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private void readSharedStrings(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(unclosable(in));
		StringBuilder text = null;
		long characters = 0;
		boolean phonetic = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> text = new StringBuilder();
					case "rPh" -> phonetic = true;
					case "t" -> {
						if (text != null && !phonetic) {
							String t = text(xml);
							characters += t.length();
							if (characters > MAX_SHARED_CHARACTERS) {
								throw new ImportRefused("import.refused.tooLarge",
										ImportService.MAX_BYTES / (1024 * 1024));
							}
							text.append(t);
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if ("si".equals(xml.getLocalName()) && text != null) {
					if (this.shared.size() >= MAX_SHARED_STRINGS) {
						throw new ImportRefused("import.refused.bomb");
					}
					this.shared.add(text.toString());
					text = null;
				}
				else if ("rPh".equals(xml.getLocalName())) {
					phonetic = false;
				}
			}
		}
	}

	private static XMLStreamReader open(ZipInputStream zip, String path) throws IOException, XMLStreamException {
		for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
			if (entry.getName().equals(path)) {
				return XML.createXMLStreamReader(zip);
			}
		}
		throw new ImportRefused("import.refused.notXlsx");
	}

	@Override
	public List<String> next() {
		try {
			while (this.sheet.hasNext()) {
				if (this.sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.sheet.getLocalName())) {
					return row();
				}
			}
			this.zip.close();
			return null;
		}
		catch (XMLStreamException ex) {
			throw new ImportRefused("import.refused.notXlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> row() throws XMLStreamException {
		List<String> cells = new ArrayList<>();
		while (this.sheet.hasNext()) {
			int event = this.sheet.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.sheet.getLocalName())) {
				return cells;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.sheet.getLocalName())) {
				String reference = this.sheet.getAttributeValue(null, "r");
				String type = this.sheet.getAttributeValue(null, "t");
				int column = (reference != null) ? column(reference) : cells.size();
				if (column > 1000) {
					throw new ImportRefused("import.refused.notXlsx");
				}
				while (cells.size() < column) {
					cells.add(null);
				}
				cells.add(cell(type));
			}
		}
		return cells;
	}

	/** A cell's text; the reader is on its start tag and is left on its end tag. */
	private String cell(String type) throws XMLStreamException {
		StringBuilder value = null;
		StringBuilder inline = null;
		int depth = 1;
		while (depth > 0) {
			int event = this.sheet.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = this.sheet.getLocalName();
				if ("v".equals(name)) {
					value = new StringBuilder(text(this.sheet));
					depth--;
				}
				else if ("t".equals(name)) {
					inline = (inline != null) ? inline : new StringBuilder();
					inline.append(text(this.sheet));
					if (inline.length() > MAX_CELL) {
						throw new ImportRefused("import.refused.cellTooLong", MAX_CELL);
					}
					depth--;
				}
				else if ("rPh".equals(name)) {
					skip();
					depth--;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		if ("inlineStr".equals(type)) {
			return (inline != null) ? inline.toString() : null;
		}
		if (value == null) {
			return null;
		}
		String text = value.toString();
		return switch ((type != null) ? type : "n") {
			case "s" -> {
				int index = Integer.parseInt(text.strip());
				if (index < 0 || index >= this.shared.size()) {
					throw new ImportRefused("import.refused.notXlsx");
				}
				yield this.shared.get(index);
			}
			case "n" -> number(text);
			case "b" -> "1".equals(text.strip()) ? "true" : "false";
			default -> text;
		};
	}

	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.sheet.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * A number cell as plain digits ("1E3" is "1000"); refused when it has more digits or
	 * a larger exponent than a spreadsheet holds: {@code 1E999999999} would otherwise be
	 * written out as a billion digits.
	 */
	static String number(String text) {
		String trimmed = text.strip();
		if (trimmed.length() > MAX_NUMBER_DIGITS + 10) {
			throw new ImportRefused("import.refused.badNumber", cut(trimmed));
		}
		BigDecimal number;
		try {
			number = new BigDecimal(trimmed).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			return text;
		}
		if (number.precision() > MAX_NUMBER_DIGITS || Math.abs(number.scale()) > MAX_EXPONENT) {
			throw new ImportRefused("import.refused.badNumber", cut(trimmed));
		}
		return number.toPlainString();
	}

	private static String cut(String text) {
		return (text.length() > 30) ? text.substring(0, 30) + "…" : text;
	}

	/**
	 * The text of the element the reader is on, read in pieces so that no more than a
	 * cell's worth is held: a part that unpacks to one huge text is refused as it grows.
	 */
	private static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
				if (text.length() + xml.getTextLength() > MAX_CELL) {
					throw new ImportRefused("import.refused.cellTooLong", MAX_CELL);
				}
				text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				throw new ImportRefused("import.refused.notXlsx");
			}
		}
		return text.toString();
	}

	/**
	 * The workbook's zip, each part counted as it unpacks: past {@link #MAX_ENTRY_BYTES}
	 * in one part or {@link #MAX_TOTAL_BYTES} in all, it is a zip bomb and refused at
	 * once.
	 */
	private ZipInputStream bounded(InputStream content) {
		return new ZipInputStream(content) {

			private long entry;

			@Override
			public ZipEntry getNextEntry() throws IOException {
				this.entry = 0;
				return super.getNextEntry();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					this.entry += read;
					XlsxReader.this.unpacked += read;
					if (this.entry > MAX_ENTRY_BYTES || XlsxReader.this.unpacked > MAX_TOTAL_BYTES) {
						throw new ImportRefused("import.refused.bomb");
					}
				}
				return read;
			}

		};
	}

	/** The zero-based column of a cell reference such as "AB12". */
	static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

}
