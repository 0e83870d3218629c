package org.accord.condition;

/** The kinds of mobility exchange partners agree on, as Erasmus+ agreements name them. */
public enum MobilityKind {

	STUDENT_STUDY, STUDENT_TRAINEESHIP, STAFF_TEACHING, STAFF_TRAINING, OTHER;

	public String getMessageKey() {
		return "condition.kind." + name();
	}

}
