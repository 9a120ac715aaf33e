//
// NYU-NET proxy.pac file
//
//  by Gary Rosenblum (gary.rosenblum@nyu.edu) 02/06/98
//                  07/12/07 - use DIRECT if a plain host name, i.e. a name
//                             without a dot, is given
//        19/04/04   changed proxy1 back to proxy
//                  10/03/03   changed proxy.ns.nyu.edu to proxy1.nyu.edu
//                             to fix IE bug 
//  Version 8.6 09/11/98 - proxying ALL from outside nyu as per
//        bobst folks
//  Version 0.5 08/31/98 - separated local & non-local hosting
//

function FindProxyForURL(url, host)
{

// first off, we don't cache WAIS, only http, ftp and gopher
        if (url.substring(0, 5) != "http:" &&
    url.substring(0, 6) != "https:" &&
    url.substring(0, 4) != "ftp:" &&
                url.substring(0, 7) != "gopher:")
      return "DIRECT";    // we can't deal with it

// if host isn't resolvable, let their browser deal with it directly
  if (isPlainHostName(host) || !isResolvable(host))
    return "DIRECT";

  me = myIpAddress();  // find out where the browser is coming from
  if (isInNet(me, "128.122.0.0", "255.255.0.0") ||
      isInNet(me, "192.168.0.0", "255.255.0.0") ||
      isInNet(me, "204.168.160.0", "255.255.240.0") ||
      isInNet(me, "204.168.176.0", "255.255.224.0") ||
      isInNet(me, "192.76.177.0", "255.255.255.0") ||
      isInNet(me, "192.86.139.0", "255.255.255.0") ||
      isInNet(me, "216.165.0.0", "255.255.128.0") ||
      isInNet(me, "172.16.0.0", "255.255.0.0"))
    onnyu = 1;  // i'm coming FROM nyu-net
  else
    onnyu = 0;  // i'm coming from the outside world


// +++ For testing +++

//  if (isInNet(me, "128.122.207.0", "255.255.255.0"))
//    onnyu = 0;

//  if (isInNet(me, "128.122.206.0", "255.255.255.0"))
//    onnyu = 0;

  if (shExpMatch (host, "*careernet.nyu.edu"))
      return "PROXY proxy.nyu.edu:8000";

//  if (shExpMatch (host, "homemail.nyu.edu"))
//      return "PROXY proxy.nyu.edu:8000";

//  if (shExpMatch (host, "home.nyu.edu"))
//      return "PROXY proxy.nyu.edu:8000";

//  if (shExpMatch (host, "*home.nyu.edu"))
//      return "PROXY proxy.nyu.edu:8000";

  if (shExpMatch (host, "www.law.nyu.edu"))
      return "PROXY proxy.nyu.edu:8000";
      
  if (shExpMatch (host, "*nyu.edu"))
    if (onnyu)
      return "DIRECT";
    else 
      return "PROXY proxy.nyu.edu:8000";

  // if we get here, we're not going to an nyu.edu site

  // for now, proxy everything, to take care of bobst-type urls

  return "PROXY proxy.nyu.edu:8000";  

//  if (onnyu) 
//    // going to outside host from within nyu-net
//    return "PROXY proxy.nyu.edu:8000";  
//  else
//    // going to outside host from the outside world
//    return "DIRECT";

  return "DIRECT";

}
