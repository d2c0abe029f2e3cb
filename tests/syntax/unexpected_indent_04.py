import os


	os.getcwd()
