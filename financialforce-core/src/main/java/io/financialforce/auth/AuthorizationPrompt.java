package io.financialforce.auth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a person the authorize URL of the authorization code flow. The URL holds no secret (client id, PKCE
 * challenge, state).
 */
@FunctionalInterface
public interface AuthorizationPrompt {

	/**
	 * Shows the URL; returns at once, the flow then waits for the redirect.
	 * @param authorizeUrl the URL to open in a browser
	 */
	void show(URI authorizeUrl);

	/**
	 * The default prompt: logs the URL, and opens it in a browser when a desktop is present.
	 * @return the prompt
	 */
	static AuthorizationPrompt logAndBrowse() {
		return (url) -> {
			Logger logger = LoggerFactory.getLogger(AuthorizationPrompt.class);
			logger.warn("Salesforce authorization needed: open {} in a browser and allow access", url);
			try {
				if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
						&& Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
					Desktop.getDesktop().browse(url);
				}
			}
			catch (Exception ex) {
				logger.debug("Could not open a browser", ex);
			}
		};
	}

}
