package org.accord.condition;

/** The study cycle a condition is for (ISCED levels 5 to 8), or any. */
public enum StudyLevel {

	SHORT_CYCLE, BACHELOR, MASTER, DOCTORAL, ANY;

	public String getMessageKey() {
		return "condition.level." + name();
	}

}
