package org.accord.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error, whether raised by a controller ({@link ErrorAdvice}) or by the container
 * (an unknown URL, a refused method, an unexpected exception), ends on the same page in
 * the portal's layout, with a heading in the reader's language and nothing about the
 * server's internals.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private static final Set<Integer> TITLED = Set.of(400, 403, 404, 405, 409, 413, 500);

	static String titleKey(int status) {
		return TITLED.contains(status) ? "error." + status : "error.other";
	}

	static ModelAndView page(HttpStatus status, String detailKey, String detailArgument) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("titleKey", titleKey(status.value()));
		page.addObject("detailKey", detailKey);
		page.addObject("detailArgument", detailArgument);
		return page;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		// Only the status reaches the page: Boot's model also holds the exception message
		// and path.
		Map<String, Object> safe = new HashMap<>();
		safe.put("status", status.value());
		safe.put("titleKey", titleKey(status.value()));
		return new ModelAndView("error", safe, status);
	}

}
