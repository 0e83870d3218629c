package org.accord.config;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf tuned for speed (with the template cache in {@code application.properties},
 * which also says why SpEL's compiler is off): an expression cache large enough for every
 * expression the templates hold, so that none is parsed again once the pages have been
 * shown. Thymeleaf's default keeps 500, fewer than the templates hold (the test counts
 * more than 500 after showing every page), so some were evicted and parsed again.
 * {@code ExpressionCacheTests} shows every page and checks that the cache never fills.
 */
@Configuration(proxyBeanMethods = false)
class ThymeleafConfiguration {

	/**
	 * Expressions kept parsed: ExpressionCacheTests checks every page leaves half free.
	 */
	static final int EXPRESSIONS_KEPT = 10_000;

	@Bean
	static BeanPostProcessor thymeleafExpressionCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS_KEPT);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
