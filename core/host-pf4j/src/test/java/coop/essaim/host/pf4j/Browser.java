package coop.essaim.host.pf4j;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal browser over HTTP: cookies, same-origin headers, and the Essaim login form. */
final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient following;
    private final HttpClient notFollowing;

    Browser(String baseUrl) {
        this.base = URI.create(baseUrl);
        CookieManager cookies = new CookieManager();
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.notFollowing = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return following.send(request(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithoutRedirects(String path) throws IOException, InterruptedException {
        return notFollowing.send(request(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and submits its form; returns the page shown afterwards. */
    HttpResponse<String> logIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login");
        Matcher m = FORM_ACTION.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no form on the login page: " + page.body());
        }
        URI action = page.uri().resolve(m.group(1).replace("&amp;", "&"));
        String form = "login=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest post = request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return following.send(post, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Sec-Fetch-Site", "same-origin").header("Accept-Language", "en");
    }
}
