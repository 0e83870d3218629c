package org.accord.web;

import java.sql.SQLException;

import org.accord.record.BadRequestException;
import org.accord.record.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad requests and unknown records end on the error page in the portal's layout, with a
 * sentence that says what was wrong with the request; never a stack trace or an internal
 * name.
 */
@ControllerAdvice
class ErrorAdvice {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "error.detail.notFound", null);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, "error.detail.badParameters", ex.getMessage());
	}

	/**
	 * Optimistic locking: the record changed since the user loaded it, and nothing was
	 * overwritten.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, "error.detail.changedMeanwhile", null);
	}

	/**
	 * A database rule the forms could not check beforehand, broken by a request racing
	 * another (two renewals of one agreement, a record removed while it was being
	 * linked): nothing was written. The page says which kind of rule; going back keeps
	 * what was typed.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView clash(DataIntegrityViolationException ex) {
		return page(HttpStatus.CONFLICT, clashKey(ex), null);
	}

	/** The message key for the rule a violation broke, by PostgreSQL's SQL state. */
	static String clashKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return switch (sql.getSQLState()) {
					case "23505" -> "error.detail.clash.unique";
					case "23503" -> "error.detail.clash.reference";
					default -> "error.detail.clash";
				};
			}
		}
		return "error.detail.clash";
	}

	/**
	 * A file far over the 20 MB a document may have, refused before it reaches a
	 * controller.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page(HttpStatus.CONTENT_TOO_LARGE, "document.error.tooLarge", null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST, "error.detail.invalidValue", ex.getName());
	}

	/**
	 * A list's filter or paging parameters that do not convert, such as
	 * {@code ?year=abc}.
	 */
	@ExceptionHandler(BindException.class)
	ModelAndView bindingFailed(BindException ex) {
		FieldError field = ex.getFieldError();
		return page(HttpStatus.BAD_REQUEST, "error.detail.invalidValue", (field != null) ? field.getField() : "?");
	}

	private static ModelAndView page(HttpStatus status, String detailKey, String detailArgument) {
		return ErrorPages.page(status, detailKey, detailArgument);
	}

}
