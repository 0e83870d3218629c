package org.accord.config;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

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
 * too small for the templates); and pages shown before define no new classes when shown
 * again.
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

	/**
	 * With SpEL's compiler on, showing pages again defined new classes without end (the
	 * compiled expressions: see {@code application.properties}), which filled the class
	 * metadata and kept the JIT compiling: 131 more in the last two of four rounds over
	 * the pages, against 12 without it (the JDK's own, such as reflection's accessors).
	 */
	@Test
	@WithUserDetails("admin")
	void definesNoNewClassesForPagesShownBefore() throws Exception {
		showEveryPage();
		showEveryPage();
		ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
		long before = classes.getTotalLoadedClassCount();
		showEveryPage();
		showEveryPage();
		assertThat(classes.getTotalLoadedClassCount() - before).as("classes loaded showing the pages again")
			.isLessThan(50);
	}

	private void showEveryPage() throws Exception {
		for (String page : StatementCountTests.pages()) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

}
