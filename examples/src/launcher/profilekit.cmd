@echo off
rem profilekit: runs the ProfileKit command line (profilekit.jar beside this script).
setlocal
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
rem The quick compiler only: a command is over before the optimizing one would pay; JAVA_OPTS comes last and wins.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%~dp0profilekit.jar" %*
exit /b %ERRORLEVEL%
