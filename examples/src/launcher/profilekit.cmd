@echo off
rem profilekit: runs the ProfileKit command line (profilekit.jar beside this script).
setlocal
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" %JAVA_OPTS% -jar "%~dp0profilekit.jar" %*
exit /b %ERRORLEVEL%
