package org.accord.model;

import java.util.Locale;

/** A number of bytes as people read it: 512 B, 12 KB, 3.4 MB, 1.2 GB. */
public final class ByteSize {

	private ByteSize() {
	}

	public static String text(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes / 1024) + " KB";
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024.0 * 1024.0));
	}

}
