package org.accord.web;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad requests end on a 4xx page in the portal's layout: never a 500, a stack trace or an
 * internal name. MockMvc does not forward to /error, so container-level errors are
 * covered by {@code ServerErrorPagesTests}; these are the errors the controllers answer
 * themselves.
 */
@PortalTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "/agreements/abc, 400", "/agreements/999999, 404", "/institutions/-1, 404", "/agreements?page=-1, 400",
			"/agreements?page=0, 400", "/agreements?size=100000, 400", "/agreements?size=0, 400",
			"/agreements?page=99999999999, 400", "/agreements?page=30000000&size=100, 400", "/agreements?sort=foo, 400",
			"/agreements?sort=parties.nameEn, 400", "/agreements?dir=sideways, 400", "/agreements?kind=FOO, 400",
			"/agreements?status=active, 400", "/delegations?direction=SIDEWAYS, 400", "/statistics?measure=X, 400",
			"/agreements?year=abc, 400", "/offices/1x, 400", "/institutions?kind=%00, 400", "/sources/99999, 404",
			"/statistics/0, 404", "/delegations/99999, 404", "/offices/99999, 404" })
	void answersBadRequestsWithAnErrorPageInTheLayout(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("class=\"navbar-brand").contains("error-page").contains(">" + status + "<");
		assertThat(html).doesNotContainIgnoringCase("exception")
			.doesNotContain("org.accord")
			.doesNotContain("at java.")
			.doesNotContain("Whitelabel");
	}

	/** Text that reaches PostgreSQL as typed: MockMvc's param() does not re-encode it. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "/institutions|\0", "/agreements|Chuo\0", "/search|\0", "/search|a\0b", "/delegations|%_\\",
					"/offices|'; drop table office;--", "/statistics|\u200b\u202e", "/sources|🎓",
					"/institutions|<img src=x onerror=alert(1)>" })
	void answersHostileSearchTextWithAPage(String path, String text) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param("q", text).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("<img src=x");
	}

	@Test
	void refusesACountryThatIsNoIsoCode() throws Exception {
		MvcResult result = this.mvc.perform(get("/agreements").param("country", "X\0X").accept(MediaType.TEXT_HTML))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void answersAVeryLongSearchText() throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", "x".repeat(10_000))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Nothing matches");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/agreements", "/institutions", "/search" })
	void refusesChangesWhileThereAreNoAccounts(String url) throws Exception {
		MvcResult result = this.mvc.perform(post(url).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

}
