package org.accord.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesViewTests {

	private final ErrorPages pages = new ErrorPages();

	@Test
	void showsAServerErrorInTheLayoutWithoutTheExceptionOrPath() {
		HttpServletRequest request = new MockHttpServletRequest();
		Map<String, Object> bootModel = Map.of("status", 500, "error", "Internal Server Error", "exception",
				"org.postgresql.util.PSQLException", "message", "relation x does not exist", "trace",
				"at org.accord...", "path", "/agreements");
		ModelAndView page = this.pages.resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, bootModel);
		assertThat(page.getViewName()).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(page.getModel()).containsOnlyKeys("status", "titleKey").containsEntry("titleKey", "error.500");
	}

	@Test
	void givesStatusesWithoutATitleOfTheirOwnTheGeneralOne() {
		assertThat(ErrorPages.titleKey(418)).isEqualTo("error.other");
		assertThat(ErrorPages.titleKey(409)).isEqualTo("error.409");
	}

}
