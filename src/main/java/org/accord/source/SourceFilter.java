package org.accord.source;

/** The filters of the sources list: {@code ?q=&year=} (the year it was published). */
public record SourceFilter(String q, Integer year) {
}
