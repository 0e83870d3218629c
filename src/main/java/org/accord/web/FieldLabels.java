package org.accord.web;

import org.springframework.stereotype.Component;

/**
 * For a form's error summary: the message key of a field's label ("signatories[2].name"
 * has the label of "signatories.name") and the id Thymeleaf gives its input
 * ("signatories2.name").
 */
@Component("fieldLabels")
public class FieldLabels {

	public String key(String fieldName) {
		return "field." + fieldName.replaceAll("\\[\\d+]", "");
	}

	public String anchor(String fieldName) {
		return "#" + fieldName.replace("[", "").replace("]", "");
	}

}
