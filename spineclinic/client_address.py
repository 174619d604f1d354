"""The address of the client a request comes from, for the login lockout and the form rate
limit.

Behind the caching proxy every connection comes from the proxy, so its address says nothing
about the visitor. The proxy appends the address it saw to X-Forwarded-For; anything to the
left of that was written by the client and may be made up. So: the connection's address,
unless it is a configured trusted proxy (TRUSTED_PROXIES); then the right-most entry of
X-Forwarded-For that is not itself a trusted proxy. Malformed entries are skipped.
"""

import functools
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# django-ratelimit's own choice for the "ip" key: one IPv6 client usually holds a whole /64.
IPV6_PREFIX = 64


@functools.lru_cache(maxsize=8)
def parse_networks(values):
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {value!r} is not an IP address or network (CIDR)."
            ) from None
    return tuple(networks)


def trusted_networks():
    return parse_networks(tuple(settings.TRUSTED_PROXIES))


def parse_address(value):
    """An IP address from a header or REMOTE_ADDR, or None if it is not one."""
    value = (value or "").strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]" or "[2001:db8::1]:4711"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "203.0.113.9:4711" (some load balancers add the port)
        value, _, port = value.partition(":")
        if not port.isdigit():
            return None
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:  # "::ffff:203.0.113.9"
        return address.ipv4_mapped
    return address


def is_trusted(address, networks):
    return any(address.version == network.version and address in network for network in networks)


def client_ip(request):
    """The client's address as text, or None when the connection has no usable address."""
    remote = parse_address(request.META.get("REMOTE_ADDR"))
    if remote is None:
        return None
    networks = trusted_networks()
    if not is_trusted(remote, networks):
        return str(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed(forwarded.split(",")):
        address = parse_address(entry)
        if address is not None and not is_trusted(address, networks):
            return str(address)
    # Only proxies in the chain (a health check from the proxy itself, say).
    return str(remote)


def ratelimit_key(group, request):
    """django-ratelimit key: the client's address (an IPv6 client's /64 network)."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
    return address
