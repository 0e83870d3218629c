package org.accord.config;

import org.accord.PortalTest;
import org.accord.web.StatementCountTests;
import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page in all three languages leaves the expression cache with room to spare, so
 * that no expression is parsed again on a later request (Thymeleaf's default of 500 was
 * too small for the templates).
 */
@PortalTest
class ExpressionCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	@WithUserDetails("admin")
	void holdsEveryExpressionOfEveryPage() throws Exception {
		for (String language : new String[] { "en", "zh-CN", "ja" }) {
			for (String page : StatementCountTests.pages()) {
				this.mvc.perform(get(page).param("lang", language)).andExpect(status().isOk());
			}
		}
		StandardCache<?, ?> expressions = (StandardCache<?, ?>) this.engine.getCacheManager().getExpressionCache();
		assertThat(expressions.size()).as("expressions parsed")
			.isGreaterThan(500)
			.isLessThan(ThymeleafConfiguration.EXPRESSIONS_KEPT / 2);
	}

}
