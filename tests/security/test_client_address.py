"""The client's address behind the proxy: who the rate limit and the login lockout count."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from spineclinic.client_address import client_ip, ratelimit_key, trusted_networks

PROXY = "10.0.0.5"


def request(remote=PROXY, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.fixture(autouse=True)
def proxies(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # Straight from the internet: the connection is the client, whatever it says.
        ("198.51.100.1", None, "198.51.100.1"),
        ("198.51.100.1", "203.0.113.66", "198.51.100.1"),
        ("198.51.100.1", "10.0.0.9, 203.0.113.66", "198.51.100.1"),
        # Through the proxy: the address the proxy saw (right-most), not what the client wrote.
        (PROXY, "198.51.100.1", "198.51.100.1"),
        (PROXY, "203.0.113.66, 198.51.100.1", "198.51.100.1"),
        (PROXY, "203.0.113.66,198.51.100.1", "198.51.100.1"),
        (PROXY, "  203.0.113.66 ,   198.51.100.1  ", "198.51.100.1"),
        # Two proxies (load balancer, then Varnish): skip every trusted hop from the right.
        (PROXY, "203.0.113.66, 198.51.100.1, 10.1.2.3", "198.51.100.1"),
        # IPv6 clients and proxies; an IPv4 client seen on an IPv6 socket.
        (PROXY, "2001:db8:1::7", "2001:db8:1::7"),
        (PROXY, "[2001:db8:1::7]", "2001:db8:1::7"),
        ("2001:db8:ffff::1", "198.51.100.1", "198.51.100.1"),
        ("2001:db8:1::7", "198.51.100.1", "2001:db8:1::7"),
        ("::ffff:198.51.100.1", None, "198.51.100.1"),
        ("::ffff:10.0.0.5", "198.51.100.1", "198.51.100.1"),
        # Garbage is skipped, never an error.
        (PROXY, "unknown, 198.51.100.1, not-an-ip", "198.51.100.1"),
        (PROXY, "198.51.100.1:4711", "198.51.100.1"),
        (PROXY, "[2001:db8:1::7]:4711", "2001:db8:1::7"),
        (PROXY, "2001:db8::zz, [::1, 198.51.100.1:x", PROXY),
        (PROXY, "<script>, , ,,", PROXY),
        (PROXY, "999.1.1.1", PROXY),
        (PROXY, "", PROXY),
        (PROXY, None, PROXY),
        # Only proxies in the chain: the proxy itself (its health check).
        (PROXY, "10.0.0.1, 10.0.0.2", PROXY),
    ],
)
def test_client_address(remote, forwarded, expected):
    assert client_ip(request(remote, forwarded)) == expected


def test_no_usable_connection_address():
    assert client_ip(request(remote="")) is None
    assert client_ip(request(remote="not-an-ip", forwarded="198.51.100.1")) is None
    assert ratelimit_key("group", request(remote="")) == "unknown"


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request(PROXY, "198.51.100.1")) == PROXY


def test_rate_limit_key_counts_an_ipv6_client_by_its_network():
    first = ratelimit_key("group", request(PROXY, "2001:db8:1::7"))
    same_network = ratelimit_key("group", request(PROXY, "2001:db8:1::8"))
    other = ratelimit_key("group", request(PROXY, "2001:db8:2::7"))
    assert first == same_network == "2001:db8:1::/64" and other != first
    assert ratelimit_key("group", request(PROXY, "198.51.100.1")) == "198.51.100.1"


def test_a_mistyped_proxy_list_is_a_configuration_error(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "varnish"]
    with pytest.raises(ImproperlyConfigured, match="varnish"):
        trusted_networks()
