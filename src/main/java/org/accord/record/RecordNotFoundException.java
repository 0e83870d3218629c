package org.accord.record;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No record of this kind has this id: answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String kind, Object id) {
		super("No " + kind + " with id " + id);
	}

}
