package org.accord.condition;

/** How a mobility's length per year is counted. */
public enum DurationUnit {

	MONTHS(12), DAYS(366);

	private final int perYear;

	DurationUnit(int perYear) {
		this.perYear = perYear;
	}

	/** The most there can be in one year. */
	int perYear() {
		return this.perYear;
	}

	public String getMessageKey() {
		return "condition.unit." + name();
	}

}
