package org.accord.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or filter sends loses its NUL characters (which PostgreSQL cannot
 * store), and becomes null when only white space is left, so that "required" means
 * something. Otherwise it is kept as typed (passwords included); forms trim names when
 * they map them to records.
 */
@ControllerAdvice
public class InputCleaning {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleanText());
	}

	public static final class CleanText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null) {
				setValue(null);
				return;
			}
			String withoutNul = text.replace("\0", "");
			setValue(withoutNul.isBlank() ? null : withoutNul);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
