/* A stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: Rust's standard library
 * (1.78 and later) takes random numbers from its ProcessPrng. Passed on to RtlGenRandom
 * (SystemFunction036 of advapi32), the generator Windows' own ProcessPrng is built on.
 * Built by tests/windows.rs: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll
 * bcryptprimitives.c -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    return SystemFunction036(data, (ULONG)len);
}
