package org.accord.statistics;

public enum PeriodKind {

	YEAR, RANGE, AS_OF;

	public String getMessageKey() {
		return "statistic.period." + name();
	}

}
