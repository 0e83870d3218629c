package org.accord.model;

/** How exact a number in a source is: "nearly 100", "more than 70", "about 70%". */
public enum Approximation {

	EXACT, ABOUT, NEARLY, MORE_THAN;

	public String getMessageKey() {
		return "approximation." + name();
	}

}
